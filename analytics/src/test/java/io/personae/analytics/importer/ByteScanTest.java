package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// The eight-bytes-at-a-time scan finds what a byte loop finds, wherever in a word the byte is.
class ByteScanTest {

    @Test
    void givenDelimiterAtEveryOffset_whenScanned_thenFoundThere() {
        for (int at = 0; at < 20; at++) {
            byte[] bytes = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
            bytes[at] = ';';

            assertEquals(at, ByteScan.nextStop(bytes, 0, bytes.length, (byte) ';'), "offset " + at);
        }
    }

    @Test
    void givenLineEndsAndOtherDelimiters_whenScanned_thenFirstStopWins() {
        byte[] bytes = "one,two;three\r\nfour".getBytes(StandardCharsets.US_ASCII);

        assertEquals(7, ByteScan.nextStop(bytes, 0, bytes.length, (byte) ';'));
        assertEquals(3, ByteScan.nextStop(bytes, 0, bytes.length, (byte) ','));
        assertEquals(13, ByteScan.nextStop(bytes, 4, bytes.length, (byte) ','));
        assertEquals(14, ByteScan.nextStop(bytes, 14, bytes.length, (byte) '\t'));
        assertEquals(bytes.length, ByteScan.nextStop(bytes, 15, bytes.length, (byte) ','));
    }

    @Test
    void givenStopJustPastTheRange_whenScanned_thenNotFound() {
        byte[] bytes = "abcdefghij,".getBytes(StandardCharsets.US_ASCII);

        assertEquals(10, ByteScan.nextStop(bytes, 0, 10, (byte) ','));
        assertEquals(2, ByteScan.nextStop(bytes, 2, 2, (byte) ','));
    }

    @Test
    void givenRandomBytes_whenScanned_thenSameAsByteLoop() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // few stops, and bytes next to them (0x01, 0x80, 0xFF) that a careless trick confuses
                int pick = random.nextInt(12);
                bytes[i] = switch (pick) {
                    case 0 -> ',';
                    case 1 -> '\n';
                    case 2 -> 1;
                    case 3 -> (byte) 0x80;
                    case 4 -> (byte) 0xFF;
                    case 5 -> 0;
                    default -> (byte) ('a' + pick);
                };
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);

            assertEquals(byteLoop(bytes, from, (byte) ','), ByteScan.nextStop(bytes, from, bytes.length, (byte) ','), "round " + round);
            assertEquals(asciiLoop(bytes, from), ByteScan.isAscii(bytes, from, bytes.length), "round " + round);
        }
    }

    @Test
    void givenOneHighByte_whenCheckedForAscii_thenOnlyRangesHoldingItAreNot() {
        byte[] bytes = "plain text Müller and more".getBytes(StandardCharsets.UTF_8);
        int high = "plain text M".length();

        assertFalse(ByteScan.isAscii(bytes, 0, bytes.length));
        assertTrue(ByteScan.isAscii(bytes, 0, high));
        assertFalse(ByteScan.isAscii(bytes, high, high + 1));
        assertTrue(ByteScan.isAscii(bytes, high + 2, bytes.length));
    }

    private static int byteLoop(byte[] bytes, int from, byte delimiter) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == delimiter || bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean asciiLoop(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
