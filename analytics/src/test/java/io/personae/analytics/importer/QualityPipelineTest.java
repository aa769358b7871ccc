package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Profiling on a second thread gives the report profiling in line gives, figure for figure.
class QualityPipelineTest {

    @TempDir
    Path folder;

    @Test
    void givenOrderFileOverSeveralBlocks_whenProfiledOnTheSecondThread_thenSameReportAsInLine() throws IOException, ImportException, InterruptedException {
        Path file = orders(RowBlock.ROWS * 3 + 17);

        QualityReport inLine = profileInLine(file);
        QualityReport piped = profileThroughPipeline(file);

        assertEquals(inLine, piped);
        assertEquals(RowBlock.ROWS * 3 + 17, piped.rowsRead());
        assertTrue(piped.duplicateRows() > 0, "the file repeats some rows, so the count is tested");
    }

    @Test
    void givenOrderFile_whenImported_thenColumnFiguresAsProfiledInLine() throws IOException, ImportException {
        Path file = orders(5_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();

        ImportedFile piped = Importer.read(file, guessed, ProgressMonitor.NONE);

        assertNotNull(piped.transactions(), "an order file, imported through the pipeline");
        assertNotNull(piped.quality());
        assertEquals(profileInLine(file).columns(), piped.quality().columns());
        assertEquals(profileInLine(file).duplicateRows(), piped.quality().duplicateRows());
    }

    @Test
    void givenReaderWithoutBytes_whenStarted_thenNoPipeline() throws IOException, ImportException {
        Path file = orders(10);
        try (TableReader reader = TableReaders.open(file)) {
            TableReader typed = new ForwardingTableReader(reader) {
                @Override
                public boolean decimalComma() {
                    return false;
                }

                @Override
                public TableReader source() {
                    return this;
                }
            };

            assertNull(QualityPipeline.start(new QualityProfiler(typed.headers(), false, FileFormat.DateOrder.AUTO), typed));
        }
    }

    @Test
    void givenImportCancelledHalfway_whenRead_thenCancelledAndProfilingThreadGone() throws IOException, ImportException, InterruptedException {
        Path file = orders(RowBlock.ROWS * 6);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
        // the user cancels once the first rows are reported read, with blocks already queued
        ProgressMonitor cancelLater = new ProgressMonitor() {
            private volatile boolean rowsReported;

            @Override
            public void update(double fraction, String message) {
                rowsReported |= message.endsWith(" rows");
            }

            @Override
            public boolean isCancelled() {
                return rowsReported;
            }
        };

        assertThrows(CancelledException.class, () -> Importer.read(file, guessed, cancelLater));

        for (int wait = 0; wait < 100 && profilingThreadAlive(); wait++) {
            Thread.sleep(20);
        }
        assertFalse(profilingThreadAlive(), "the profiling thread must end with the import");
    }

    private static boolean profilingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("personae-quality") && t.isAlive());
    }

    private static QualityReport profileInLine(Path file) throws ImportException {
        try (TableReader reader = TableReaders.open(file)) {
            QualityProfiler quality = new QualityProfiler(reader.headers(), reader.decimalComma(), FileFormat.DateOrder.AUTO);
            while (reader.next()) {
                quality.row(reader);
            }
            return quality.report(0, java.util.List.of(), java.util.List.of());
        }
    }

    private static QualityReport profileThroughPipeline(Path file) throws ImportException, InterruptedException {
        try (TableReader reader = TableReaders.open(file)) {
            QualityProfiler quality = new QualityProfiler(reader.headers(), reader.decimalComma(), FileFormat.DateOrder.AUTO);
            try (QualityPipeline pipeline = QualityPipeline.start(quality, reader)) {
                assertNotNull(pipeline, "a CSV reader has bytes to copy");
                while (reader.next()) {
                    pipeline.row(reader);
                }
                pipeline.lastRow();
                pipeline.finish();
            }
            return quality.report(0, java.util.List.of(), java.util.List.of());
        }
    }

    /// Orders with numbers, ISO and day-first dates, accented names, emails good and bad,
    /// missing markers and some rows repeated.
    private Path orders(int rows) throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("order_id,customer_id,name,email,order_date,paid_on,amount,country\n");
        String previous = null;
        for (int i = 0; i < rows; i++) {
            if (previous != null && i % 97 == 0) {
                csv.append(previous);
                continue;
            }
            int customer = random.nextInt(300);
            String row = (1000 + i) + ",C" + customer + ","
                    + (customer % 4 == 0 ? "Müller " + customer : "Smith " + customer) + ","
                    + (customer % 9 == 0 ? "not-an-email" : "c" + customer + "@example.com") + ","
                    + "2025-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) + ","
                    + String.format("%02d/%02d/2025", 1 + random.nextInt(28), 1 + random.nextInt(12)) + ","
                    + (i % 50 == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 200)) + ","
                    + (random.nextInt(10) == 0 ? "" : random.nextBoolean() ? "France" : "Deutschland") + "\n";
            csv.append(row);
            previous = row;
        }
        Path file = folder.resolve("orders-" + rows + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
