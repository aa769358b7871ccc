package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Locale;

/// Times [KMeans#fit] on a numeric CSV, for comparison with `/work/shared/bench/sklearn_kmeans.py`
/// on the same file (the command line runs it as `personae bench kmeans FEATURES.csv K`).
///
/// The data is clustered as it is in the file, without scaling, and only the fit is timed,
/// exactly as the scikit-learn script does, so the two lines compare like with like.
public final class KMeansBenchmark {

    /// Rows of the warm-up fits: the first rows of the file.
    static final int WARM_UP_ROWS = 100_000;

    /// Untimed fits on [#WARM_UP_ROWS] rows before the timed one.
    ///
    /// decision: warm the JIT up before timing. A fresh JVM interprets the hot loops for the
    /// first few hundred milliseconds, a cost the desktop app pays once per session, not once
    /// per slider move; scikit-learn's loops are compiled C from the start. The warm-up fits
    /// run on a head of the file with the same k and are not part of `fit_ms`;
    /// docs/performance.md says so next to the figures.
    static final int WARM_UP_FITS = 3;

    private KMeansBenchmark() {}

    /// @param numericCsv a header row, then numbers only, comma-separated
    /// @return one line: `personae k=K n=N d=D n_init=R fit_ms=T iterations=I inertia=X`
    /// @throws IllegalArgumentException when the file is not a numeric table (names the line)
    /// @throws UncheckedIOException when the file cannot be read
    public static String run(Path numericCsv, int k, int restarts) {
        NumericCsv table = NumericCsv.read(numericCsv);
        checkK(table, k, restarts);
        NumericCsv head = table.head(WARM_UP_ROWS);
        for (int fit = 0; fit < WARM_UP_FITS && head.rows() >= k; fit++) {
            fit(head, k, 1);
        }
        long start = System.nanoTime();
        KMeans.Fit fit = fit(table, k, restarts);
        double millis = (System.nanoTime() - start) / 1e6;
        return line("personae", table, k, restarts, millis, fit.iterations(), fit.inertia());
    }

    private static KMeans.Fit fit(NumericCsv table, int k, int restarts) {
        return KMeans.fit(table.values(), table.rows(), table.columns(), k, SegmentationOptions.DEFAULT_SEED,
                restarts, SegmentationOptions.DEFAULT_MAX_ITERATIONS, ProgressMonitor.NONE);
    }

    static void checkK(NumericCsv table, int k, int restarts) {
        if (k < 1 || k > table.rows()) {
            throw new IllegalArgumentException("K must be between 1 and " + table.rows() + " (the rows in the file); it was " + k + ".");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("--n-init must be at least 1; it was " + restarts + ".");
        }
    }

    /// The line both benchmarks print, in the scikit-learn script's format.
    static String line(String tool, NumericCsv table, int k, int restarts, double millis, int iterations,
            double inertia) {
        String rounded = new BigDecimal(inertia).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "%s k=%d n=%d d=%d n_init=%d fit_ms=%.1f iterations=%d inertia=%s",
                tool, k, table.rows(), table.columns(), restarts, millis, iterations, rounded);
    }
}
