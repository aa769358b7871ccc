package io.personae.analytics.cli;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TablePreview;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `personae bench import FILE`: the import as a user waits for it, in its three parts.
///
/// - `ready_ms`: from the file chosen (preview and column guess included) to the customer table
///   ready to segment; what the window waits for before it can show segments.
/// - `aggregate_ms`: the per-customer step alone (recency, frequency, monetary...), part of ready.
/// - `persisted_ms`: from the file chosen until the workspace has committed the import, with its
///   data quality report, which is made while the rows are written (decision record 0017).
/// - `peak_mb`: the sum of the heap pools' peak usage over the run, an upper bound on the heap
///   the import needed (each pool's peak may come at a different moment).
///
/// The workspace is a fresh temporary one, deleted afterwards. Run it in a fresh JVM: the first
/// import of a session is the one a user waits for, JIT warm-up included.
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Times importing a file: ready to segment, the aggregation alone, saved in a workspace; peak heap.")
final class ImportBenchCommand extends EngineCommand {

    private static final int PREVIEW_ROWS = 200;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or Excel file, columns guessed as by import")
    Path file;

    @Override
    void run() throws ImportException, WorkspaceException {
        Path folder = temporaryFolder();
        try (Workspace workspace = Workspace.open(folder)) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS);
            ImportOptions options = RoleGuesser.guess(preview).orElseThrow(() -> new IllegalArgumentException(
                    file.getFileName() + ": the columns could not be guessed; time a file that personae import reads unaided."));
            ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);
            long aggregateStart = System.nanoTime();
            CustomerTable table = imported.transactions() != null
                    ? TransactionFeatures.build(imported.transactions())
                    : imported.customers();
            long ready = System.nanoTime();
            workspace.replaceData(imported, table, ProgressMonitor.NONE);
            long persisted = System.nanoTime();
            printResult(String.format(Locale.ROOT, "import rows=%d customers=%d ready_ms=%d aggregate_ms=%d persisted_ms=%d peak_mb=%d",
                    imported.summary().rowsRead(), table.size(), millis(start, ready), millis(aggregateStart, ready),
                    millis(start, persisted), peakHeapBytes() >> 20));
        } finally {
            deleteQuietly(folder);
        }
    }

    private static long millis(long from, long to) {
        return Math.round((to - from) / 1e6);
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("personae-bench-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
