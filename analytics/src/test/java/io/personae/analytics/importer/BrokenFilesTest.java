package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Files that break while or because of how they are read: each gets a message naming the file,
/// the line, and what to do.
class BrokenFilesTest {

    private static final ImportOptions ORDERS =
            new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "order_date", "amount", List.of());

    @TempDir
    Path dir;

    private static void assertMessage(ImportException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void givenRaggedRow_whenImported_thenNamesTheLineAndTheFieldCounts() {
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.read(Fixtures.file("bad/ragged.csv"), ORDERS, ProgressMonitor.NONE));

        assertEquals(3, e.line());
        assertMessage(e, "ragged.csv, line 3: ", "4 fields but the header has 3 columns");
    }

    @Test
    void givenTwoColumnsWithTheMappedName_whenImported_thenSaysWhichColumnsAndToRename() {
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.read(Fixtures.file("bad/duplicate-columns.csv"), ORDERS, ProgressMonitor.NONE));

        assertMessage(e, "duplicate-columns.csv", "two columns 'amount' (columns 2 and 4)", "Rename one of them");
    }

    @Test
    void givenDataUnderAColumnWithoutName_whenImported_thenNamesTheColumnAndLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.read(Fixtures.file("bad/unnamed-column.csv"), ORDERS, ProgressMonitor.NONE));

        assertMessage(e, "unnamed-column.csv, line 2: ", "Column 2 has no name", "'oops'");
    }

    @Test
    void givenHundredMegabytesWithoutLineBreaks_whenPreviewed_thenFailsOnTheFirstLine() throws IOException {
        Path file = dir.resolve("one-line.csv");
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
        }

        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(file, 10));

        assertEquals(1, e.line());
        assertMessage(e, "one-line.csv, line 1: ", "without a line break", "not a table with one row per line");
    }

    @Test
    void givenFileTruncatedWhileRead_whenImported_thenSaysItGotShorter() throws IOException, ImportException {
        Path file = dir.resolve("orders.csv");
        StringBuilder text = new StringBuilder("customer_id,order_date,amount\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("C").append(i % 100).append(",2024-01-02,").append(i % 50).append('\n');
        }
        Files.writeString(file, text);

        try (TableReader reader = TableReaders.open(file)) {
            assertTrue(reader.next());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(300_000);
            }
            ImportException e = assertThrows(ImportException.class, () -> {
                while (reader.next()) {
                    reader.cell(0);
                }
            });
            assertMessage(e, "orders.csv, line ", "got shorter while it was being read", "import again");
        }
    }

    @Test
    void givenStreamFailingMidway_whenRead_thenSaysTheFileWentAway() throws IOException, ImportException {
        Path file = dir.resolve("gone.csv");
        byte[] rows = ("customer_id,order_date,amount\n" + "A,2024-01-02,10\n".repeat(40_000)).getBytes();
        Files.write(file, rows);
        var in = new java.io.FilterInputStream(Files.newInputStream(file)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 300_000) {
                    throw new IOException("Stream Closed");
                }
                int n = super.read(b, off, len);
                read += Math.max(0, n);
                return n;
            }
        };

        try (CsvTableReader reader = CsvTableReader.open(file, in, rows.length, FileFormat.AUTO)) {
            ImportException e = assertThrows(ImportException.class, () -> {
                while (reader.next()) {
                    reader.cell(0);
                }
            });
            assertMessage(e, "gone.csv, line ", "deleted, moved or locked while it was being read", "Nothing was imported");
        }
    }
}
