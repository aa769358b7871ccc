package io.personae.analytics.cli;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.BenchmarkTable;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.choosing.KSweep;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae bench sweep FEATURES.csv [--from 2 --to 12]`: times the whole k sweep (k-means
/// for every k, the four scores, stability) on a numeric CSV, with the window's default
/// settings. Reading the file is not timed. Prints the wall time and the process's CPU time, and
/// with `--scores` the four scores of each k and the recommendation.
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Times the k sweep with all scores on a numeric CSV (a header row, then numbers only).")
final class SweepBenchCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "FEATURES.csv", description = "numeric CSV file")
    Path features;

    @Option(names = "--from", paramLabel = "K", description = "smallest k (default: ${DEFAULT-VALUE})")
    int from = SweepOptions.DEFAULTS.minK();

    @Option(names = "--to", paramLabel = "K", description = "largest k (default: ${DEFAULT-VALUE})")
    int to = SweepOptions.DEFAULTS.maxK();

    @Option(names = "--scores", description = "also print the four scores of each k and the recommendation")
    boolean scores;

    /// CPU time of the whole process, all threads; -1 when the JVM cannot tell.
    ///
    /// decision: printed beside the wall time because the shared build machines run other work:
    /// on an idle two-core machine the sweep's wall time would lie between half its CPU time
    /// (both cores busy throughout) and all of it, whatever the load during the measurement.
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    @Override
    void run() throws SegmentationException {
        SweepOptions sweep = SweepOptions.DEFAULTS.withRange(from, to);
        CustomerTable table;
        try {
            table = BenchmarkTable.read(features);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot read " + features + ": " + e.getCause().getMessage(), e);
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        SweepResult result = KSweep.run(table, SegmentationOptions.withK(from), sweep, progress());
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        printResult(String.format(Locale.ROOT,
                "personae sweep n=%d d=%d from=%d to=%d sweep_ms=%.1f cpu_ms=%.0f best_k=%d recommended_k=%d",
                table.size(), table.features().size(), from, to, millis, cpuMillis, result.bestScoringK(),
                result.recommendedK()));
        if (scores) {
            ChoosingLines.sweep(result).forEach(this::printResult);
        }
    }
}
