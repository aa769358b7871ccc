package io.personae.analytics.exporter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowBytesTest {

    @Test
    void givenCellsNeedingQuotesGuardsAndEveryUtf8Length_whenEncoded_thenTheBytesAreTheRowWriterLineInUtf8()
            throws Exception {
        List<String> cells = Arrays.asList("plain", "a,b", "say \"hi\"", "two\r\nlines", "=SUM(A1)", "-3", "@x", "\tTab",
                "é", "€ 5", "😀 smile", "", null, "lone \uD83D here", "=\"quoted\",formula");
        CsvRowBytes row = new CsvRowBytes();

        row.encode(cells);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        row.writeTo(out);
        assertArrayEquals(CsvRowWriter.line(cells).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals(out.size(), row.length());
    }

    @Test
    void givenALongRowThenAShortOne_whenEncodedInTurn_thenTheSecondHoldsOnlyItsOwnBytes() throws Exception {
        CsvRowBytes row = new CsvRowBytes();
        row.encode(List.of("x".repeat(5_000), "ü".repeat(3_000)));
        assertEquals(5_000 + 1 + 6_000 + 2, row.length());

        row.encode(List.of("a", "b"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        row.writeTo(out);
        assertEquals("a,b\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void givenEveryShortCellOverTheCharactersThatMatter_whenEncoded_thenTheBytesAreTheRowWriterLineInUtf8()
            throws Exception {
        char[] alphabet = {'a', ',', '"', '\r', '\n', '=', '-', '\t', 'é', '€', '\uD83D', '\uDE00'};
        CsvRowBytes row = new CsvRowBytes();
        int compared = 0;
        for (int length = 0; length <= 4; length++) {
            int[] digits = new int[length];
            char[] chars = new char[length];
            while (true) {
                for (int i = 0; i < length; i++) {
                    chars[i] = alphabet[digits[i]];
                }
                List<String> cells = List.of(new String(chars), "x", new String(chars));
                row.encode(cells);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                row.writeTo(out);
                assertArrayEquals(CsvRowWriter.line(cells).getBytes(StandardCharsets.UTF_8), out.toByteArray(),
                        cells::toString);
                compared++;
                int i = length - 1;
                while (i >= 0 && ++digits[i] == alphabet.length) {
                    digits[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        assertEquals(1 + 12 + 144 + 1_728 + 20_736, compared);
    }

    @Test
    void givenALongCellNeedingAGuardAndQuotes_whenEncoded_thenTheBufferGrowsAndTheBytesMatchTheRowWriter()
            throws Exception {
        List<String> cells = List.of("=" + "€".repeat(2_000) + ",\"end\"");
        CsvRowBytes row = new CsvRowBytes();

        row.encode(cells);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        row.writeTo(out);
        assertArrayEquals(CsvRowWriter.line(cells).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
