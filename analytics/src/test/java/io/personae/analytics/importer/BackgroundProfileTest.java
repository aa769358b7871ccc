package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Profiling on a thread of its own gives the report profiling in line gives, figure for figure,
/// and never outlives a failed or cancelled import.
class BackgroundProfileTest {

    @TempDir
    Path folder;

    @Test
    void givenOrderFile_whenImported_thenReportAsProfiledInLine() throws IOException, ImportException {
        Path file = orders(5_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();

        ImportedFile imported = Importer.read(file, guessed, ProgressMonitor.NONE);

        QualityReport inLine = profileInLine(file);
        QualityReport background = imported.quality();
        assertNotNull(background);
        assertEquals(inLine.columns(), background.columns());
        assertEquals(inLine.duplicateRows(), background.duplicateRows());
        assertEquals(5_000, background.rowsRead());
        assertTrue(background.duplicateRows() > 0, "the file repeats some rows, so the count is tested");
        assertTrue(imported.pendingQuality().isDone(), "once awaited, the report is kept");
    }

    @Test
    void givenImportRead_whenNobodyAskedForTheReport_thenNoProfilingYet() throws IOException, ImportException {
        Path file = orders(20_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();

        ImportedFile imported = Importer.read(file, guessed, ProgressMonitor.NONE);

        assertFalse(profilingThreadAlive(), "the profile must leave both cores to the import until asked for");
        assertFalse(imported.pendingQuality().isDone());
        assertEquals(20_000, imported.quality().rowsRead());
    }

    @Test
    void givenFileDeletedAfterTheImport_whenReportAskedFor_thenMadeFromTheFileAsItWas() throws IOException, ImportException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "Windows does not delete a file that is open");
        Path file = orders(5_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
        ImportedFile imported = Importer.read(file, guessed, ProgressMonitor.NONE);

        Files.delete(file);

        assertEquals(5_000, imported.quality().rowsRead());
    }

    @Test
    void givenReaderWithoutBytes_whenStarted_thenProfiledInLine() throws IOException, ImportException {
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

            ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
            assertNull(BackgroundProfile.open(file, guessed,
                    new QualityProfiler(typed.headers(), false, FileFormat.DateOrder.AUTO), typed));
        }
    }

    @Test
    void givenFewerRowsProfiledThanRead_whenAwaited_thenSaysTheFileChanged() throws IOException, ImportException {
        Path file = orders(100);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
        try (TableReader reader = TableReaders.open(file)) {
            BackgroundProfile profile = BackgroundProfile.open(file, guessed,
                    new QualityProfiler(reader.headers(), false, FileFormat.DateOrder.AUTO), reader);
            assertNotNull(profile, "a CSV reader has bytes");
            // as if the reading thread had seen one row more than the profile: the file grew in between
            PendingQuality pending = PendingQuality.after(file, profile, 101, 0, List.of(), List.of());

            ImportException e = assertThrows(ImportException.class, pending::await);

            assertTrue(e.getMessage().startsWith(file.getFileName() + ": The file changed while it was being imported: 101 rows"),
                    e.getMessage());
        }
    }

    @Test
    void givenImportCancelledHalfway_whenRead_thenCancelledAndProfilingThreadGone() throws IOException, ImportException, InterruptedException {
        Path file = orders(60_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
        // the user cancels once the first rows are reported read, with the profile under way
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

    @Test
    void givenReportNobodyWants_whenCancelled_thenProfilingThreadGoneAndAwaitSaysCancelled() throws IOException, ImportException, InterruptedException {
        Path file = orders(60_000);
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow();
        ImportedFile checked = Importer.read(file, guessed, ProgressMonitor.NONE);

        checked.pendingQuality().cancel();

        assertThrows(CancelledException.class, checked::quality);
        for (int wait = 0; wait < 100 && profilingThreadAlive(); wait++) {
            Thread.sleep(20);
        }
        assertFalse(profilingThreadAlive(), "a cancelled profile must not go on reading the file");
    }

    private static boolean profilingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(BackgroundProfile.THREAD_NAME) && t.isAlive());
    }

    private static QualityReport profileInLine(Path file) throws ImportException {
        try (TableReader reader = TableReaders.open(file)) {
            QualityProfiler quality = new QualityProfiler(reader.headers(), reader.decimalComma(), FileFormat.DateOrder.AUTO);
            while (reader.next()) {
                quality.row(reader);
            }
            return quality.report(0, List.of(), List.of());
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
