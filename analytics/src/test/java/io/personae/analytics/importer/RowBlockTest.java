package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A block of copied rows reads back as the reader read them: the same text, bytes, lines and
/// short rows, in UTF-8 and in a single-byte code page alike.
class RowBlockTest {

    @TempDir
    Path folder;

    @Test
    void givenRowsOfAllKinds_whenCopiedAndReplayed_thenSameCellsAndLines() throws IOException, ImportException {
        Path file = folder.resolve("rows.csv");
        Files.writeString(file, "id,name,note\n"
                + "1,Müller,\"quoted, with comma\"\n"
                + "\n"
                + "2,Smith,\"two\nlines\"\n"
                + "3,short\n"
                + "4,,\"a \"\"quote\"\"\"\n", StandardCharsets.UTF_8);

        assertReplaysAsRead(file, 4);
    }

    @Test
    void givenWindows1252File_whenReplayed_thenAccentsDecodedAsByTheReader() throws IOException, ImportException {
        Path file = folder.resolve("cp1252.csv");
        Files.write(file, "id;name\n1;Müller\n2;Françoise\n3;Zoë\n".getBytes(Charset.forName("windows-1252")));

        List<String> names = assertReplaysAsRead(file, 3);

        assertEquals(List.of("Müller", "Françoise", "Zoë"), names);
    }

    @Test
    void givenFullBlock_whenClearedAndRefilled_thenOnlyTheNewRowsReplay() throws IOException, ImportException {
        Path file = folder.resolve("many.csv");
        StringBuilder csv = new StringBuilder("id,amount\n");
        for (int i = 0; i < RowBlock.ROWS + 3; i++) {
            csv.append(i).append(',').append(i * 2).append('\n');
        }
        Files.writeString(file, csv);

        try (TableReader reader = TableReaders.open(file)) {
            CellBytes raw = (CellBytes) reader.source();
            RowBlock block = new RowBlock(reader.headers(), false, raw::decoder);
            while (!block.isFull() && reader.next()) {
                block.add(reader, raw);
            }
            assertTrue(block.isFull());
            block.clear();
            assertTrue(block.isEmpty());
            while (reader.next()) {
                block.add(reader, raw);
            }

            List<String> ids = new ArrayList<>();
            while (block.next()) {
                ids.add(block.cell(0));
            }

            assertEquals(List.of(String.valueOf(RowBlock.ROWS), String.valueOf(RowBlock.ROWS + 1), String.valueOf(RowBlock.ROWS + 2)), ids);
        }
    }

    /// Copies every row of `file` into one block, replays it, and checks each cell against what
    /// the reader said; returns the second column as replayed.
    private static List<String> assertReplaysAsRead(Path file, int rows) throws ImportException {
        List<List<String>> read = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        RowBlock block;
        try (TableReader reader = TableReaders.open(file)) {
            CellBytes raw = (CellBytes) reader.source();
            block = new RowBlock(reader.headers(), reader.decimalComma(), raw::decoder);
            int width = reader.headers().size();
            while (reader.next()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(reader.cell(c));
                }
                read.add(cells);
                lines.add(reader.line());
                block.add(reader, raw);
            }
        }
        assertEquals(rows, read.size());
        List<String> second = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            assertTrue(block.next());
            assertEquals(lines.get(r), block.line(), "row " + r);
            for (int c = 0; c < read.get(r).size(); c++) {
                String expected = read.get(r).get(c);
                assertEquals(expected, block.cell(c), "row " + r + " column " + c);
                RowCell cell = new RowCell(block).at(c);
                assertEquals(expected, cell.text(), "row " + r + " column " + c);
                if (block.ascii(c)) {
                    String fromBytes = new String(block.bytes(), block.start(c), block.end(c) - block.start(c), StandardCharsets.US_ASCII);
                    assertEquals(expected, fromBytes, "row " + r + " column " + c);
                }
            }
            assertEquals("", block.cell(read.get(r).size()));
            second.add(block.cell(1));
        }
        assertFalse(block.next());
        return second;
    }
}
