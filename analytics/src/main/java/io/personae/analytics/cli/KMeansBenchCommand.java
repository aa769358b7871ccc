package io.personae.analytics.cli;

import io.personae.analytics.segmentation.KMeansBenchmark;
import io.personae.analytics.segmentation.SmileKMeansBenchmark;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae bench kmeans FEATURES.csv K [--n-init R] [--peer smile]`: prints the same one-line
/// format as `/work/shared/bench/sklearn_kmeans.py`, so the lines can be compared one by one.
@Command(name = "kmeans", mixinStandardHelpOptions = true,
        description = "Times k-means on a numeric CSV (a header row, then numbers only), unscaled.")
final class KMeansBenchCommand extends EngineCommand {

    /// The reference implementations that run in this JVM.
    enum Peer { smile }

    @Parameters(index = "0", paramLabel = "FEATURES.csv", description = "numeric CSV file")
    Path features;

    @Parameters(index = "1", paramLabel = "K", description = "number of clusters")
    int k;

    // decision: one run by default, as the scikit-learn script does, so default timings compare
    @Option(names = "--n-init", paramLabel = "R", description = "k-means runs from different starts (default: ${DEFAULT-VALUE})")
    int restarts = 1;

    @Option(names = "--peer", paramLabel = "PEER",
            description = "time a reference implementation instead of ours: ${COMPLETION-CANDIDATES}")
    Peer peer;

    @Override
    void run() {
        try {
            printResult(peer == Peer.smile
                    ? SmileKMeansBenchmark.run(features, k, restarts)
                    : KMeansBenchmark.run(features, k, restarts));
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot read " + features + ": " + e.getCause().getMessage(), e);
        }
    }
}
