package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A memo takes a cell as the one above only when it is the same cell, and then reads it as
/// the cell itself reads.
class CellMemoTest {

    @TempDir
    Path folder;

    @Test
    void givenColumnOfCells_whenSeenOneByOne_thenRepeatsAreTheCellsEqualToTheOneAbove() throws IOException, ImportException {
        List<Boolean> repeats = new ArrayList<>();
        List<Long> prints = new ArrayList<>();
        List<Long> plainPrints = new ArrayList<>();
        try (TableReader reader = open("a\nMüller\nMüller\nMuller\n12\n12\n12.0\nx\n")) {
            RowCell cell = new RowCell(reader);
            CellMemo memo = new CellMemo();
            while (reader.next()) {
                repeats.add(memo.see(cell.at(0)));
                prints.add(memo.fingerprint(cell));
                plainPrints.add(cell.fingerprint());
            }
        }

        assertEquals(List.of(false, true, false, false, true, false, false), repeats);
        assertEquals(plainPrints, prints);
    }

    @Test
    void givenRepeatedCell_whenRead_thenEveryReadingAsTheCellGivesIt() throws IOException, ImportException {
        try (TableReader reader = open("a\njörg@example.com\njörg@example.com\n13/04/2024\n13/04/2024\n12.5\n12.5\n")) {
            RowCell cell = new RowCell(reader);
            CellMemo memo = new CellMemo();
            while (reader.next()) {
                memo.see(cell.at(0));
                // asked in turn, so that the second row of each pair answers from the memo
                assertEquals(cell.isEmail(), memo.isEmail(cell));
                assertEquals(cell.day(), memo.day(cell));
                assertEquals(cell.wasIso(), memo.wasIso());
                assertEquals(cell.number(false), memo.number(cell, false));
                assertEquals(cell.isMissing(), memo.isMarker(cell));
                assertEquals(MissingMarkers.missing(cell, false), memo.missing(cell, false));
                assertEquals(cell.text(), memo.text(cell));
            }
        }
    }

    @Test
    void givenReaderWithoutBytes_whenSeen_thenCellsComparedAsText() throws IOException, ImportException {
        List<Boolean> repeats = new ArrayList<>();
        try (TableReader csv = open("a\nZoë\nZoë\nZoe\n")) {
            TableReader reader = new ForwardingTableReader(csv) {
                @Override
                public TableReader source() {
                    return this;
                }
            };
            RowCell cell = new RowCell(reader);
            CellMemo memo = new CellMemo();
            while (reader.next()) {
                repeats.add(memo.see(cell.at(0)));
            }
        }

        assertEquals(List.of(false, true, false), repeats);
    }

    @Test
    void givenColumnThatRarelyRepeats_whenSeen_thenMemoRestsAndLaterFindsRepeatsAgain() throws IOException, ImportException {
        StringBuilder csv = new StringBuilder("a\n");
        int unique = CellMemo.WINDOW + CellMemo.REST;
        for (int i = 0; i < unique; i++) {
            csv.append(i).append('\n');
        }
        for (int i = 0; i < CellMemo.WINDOW; i++) {
            csv.append("same\n");
        }
        int laterRepeats = 0;
        try (TableReader reader = open(csv.toString())) {
            RowCell cell = new RowCell(reader);
            CellMemo memo = new CellMemo();
            for (int row = 0; reader.next(); row++) {
                boolean repeat = memo.see(cell.at(0));
                assertFalse(repeat && row < unique, "no unique cell repeats");
                assertEquals(cell.fingerprint(), memo.fingerprint(cell));
                laterRepeats += repeat ? 1 : 0;
            }
        }

        assertEquals(CellMemo.WINDOW - 1, laterRepeats, "every 'same' after the first, once the rest is over");
    }

    @Test
    void givenBytesDifferingAtEachPlace_whenCompared_thenSameOnlyWhenEqual() {
        Random random = new Random(11);
        for (int length = 0; length <= 24; length++) {
            byte[] a = new byte[length + 12];
            random.nextBytes(a);
            // one copy ends where the cell ends, so no eight bytes follow a short cell; the other
            // is followed by bytes unlike a's
            byte[] tight = new byte[length + 1];
            System.arraycopy(a, 2, tight, 1, length);
            byte[] padded = new byte[length + 16];
            random.nextBytes(padded);
            System.arraycopy(a, 2, padded, 4, length);

            assertTrue(AsciiCells.same(a, 2, tight, 1, length), "length " + length);
            assertTrue(AsciiCells.same(a, 2, padded, 4, length), "length " + length);
            for (int at = 0; at < length; at++) {
                tight[1 + at] ^= 0x40;
                padded[4 + at] ^= 0x01;
                assertFalse(AsciiCells.same(a, 2, tight, 1, length), "length " + length + ", byte " + at);
                assertFalse(AsciiCells.same(tight, 1, a, 2, length), "length " + length + ", byte " + at);
                assertFalse(AsciiCells.same(a, 2, padded, 4, length), "length " + length + ", byte " + at);
                tight[1 + at] ^= 0x40;
                padded[4 + at] ^= 0x01;
            }
        }
    }

    @Test
    void givenShortCellsWithBytesAfterThem_whenCompared_thenBytesAfterIgnored() {
        byte[] a = "web,store".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "web;other".getBytes(StandardCharsets.US_ASCII);

        assertTrue(AsciiCells.same(a, 0, b, 0, 3));
        assertFalse(AsciiCells.same(a, 0, b, 0, 4));
    }

    private TableReader open(String csv) throws IOException, ImportException {
        Path file = folder.resolve("cells.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return TableReaders.open(file);
    }
}
