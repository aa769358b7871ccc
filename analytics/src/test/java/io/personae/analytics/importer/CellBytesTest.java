package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The bytes a CSV reader gives for its cells spell the same text as its strings, whatever the
/// quoting and wherever the reader's buffer ends.
class CellBytesTest {

    @TempDir
    Path folder;

    @Test
    void givenQuotedAndPlainCellsOverSeveralBuffers_whenReadAsBytes_thenSameTextAsCells() throws IOException, ImportException {
        StringBuilder csv = new StringBuilder("id,name,note\n");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            csv.append("C").append(i).append(',')
                    .append(i % 3 == 0 ? "\"Smith, \"\"Jo\"\"\"" : "Müller").append(',')
                    .append(i % 5 == 0 ? "\"two\nlines\"" : "plain note " + i).append('\n');
        }
        Path file = folder.resolve("cells.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        int read = 0;
        try (TableReader reader = TableReaders.open(file)) {
            CellBytes cells = assertInstanceOf(CellBytes.class, reader.source());
            while (reader.next()) {
                for (int c = 0; c < 3; c++) {
                    String fromBytes = new String(cells.bytes(), cells.start(c), cells.end(c) - cells.start(c), StandardCharsets.UTF_8);

                    assertEquals(reader.cell(c), fromBytes, "line " + reader.line() + " column " + c);
                }
                assertEquals(read % 3 != 0, !cells.ascii(1), "line " + reader.line());
                assertTrue(cells.ascii(0) && cells.ascii(2), "the other cells of a row with 'Müller' are ASCII, line " + reader.line());
                read++;
            }
        }
        assertEquals(rows, read);
        assertTrue(Files.size(file) > 256 * 1024, "the file must outgrow the reader's buffer");
    }

    @Test
    void givenShortRow_whenCellPastTheEndReadAsBytes_thenEmptyAscii() throws IOException, ImportException {
        Path file = folder.resolve("short.csv");
        Files.writeString(file, "a,b,c\n1,2\n");

        try (TableReader reader = TableReaders.open(file)) {
            CellBytes cells = (CellBytes) reader.source();
            assertTrue(reader.next());

            assertEquals(cells.start(2), cells.end(2));
            assertTrue(cells.ascii(2));
            assertEquals("", reader.cell(2));
            assertFalse(reader.next());
        }
    }
}
