package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.util.Arrays;
import java.util.Random;

/// k-means: greedy k-means++ starts ([KMeansSeeding]) and Lloyd iterations ([HamerlyLloyd],
/// which skips the rows whose bounds prove they keep their cluster), on a flat row-major array.
///
/// Written for the slider: a million customers must re-segment in well under a second on a
/// two-core laptop. Every pass over the data is split into fixed-size chunks run in parallel;
/// each chunk writes only its own partial sums, which are then added up in chunk order. So the
/// result is the same on every machine, whatever its number of cores.
///
/// decision: our own implementation rather than Smile's. Smile 6.3 `KMeans.fit` took ~9.5 s on
/// 1M x 8 here (one run), dozens of times this one, and its `fit(data, k, maxIter)` cannot be
/// cancelled or report progress. See docs/performance.md for the measured figures.
public final class KMeans {

    /// Rows per parallel task. Fixed, not derived from the core count, so that the order of
    /// floating-point additions (and so the result) never depends on the machine.
    static final int CHUNK = 4096;

    /// The run has converged when the centroids' squared moves in one iteration add up to less
    /// than this fraction of the data's total variance.
    ///
    /// decision: relative to the spread of the data so that it means the same for raw and scaled
    /// data; 1e-6 is about ten times stricter than scikit-learn's default (1e-4 of the mean
    /// per-column variance) and ends the slow final creep of a poor start early.
    static final double RELATIVE_TOLERANCE = 1e-6;

    /// The kept run.
    ///
    /// @param centroids  `centroids[c][j]`, coordinate `j` of cluster `c`
    /// @param labels     cluster of each row
    /// @param inertia    sum of squared distances of rows to their centroid
    /// @param iterations Lloyd iterations the run took
    public record Fit(double[][] centroids, int[] labels, double inertia, int iterations) {}

    private final double[] data;
    private final int n;
    private final int d;
    private final int k;
    private final HamerlyLloyd lloyd;

    private KMeans(double[] data, int n, int d, int k) {
        this.data = data;
        this.n = n;
        this.d = d;
        this.k = k;
        this.lloyd = new HamerlyLloyd(data, n, d, k);
    }

    /// Runs k-means `restarts` times from seeds `seed`, `seed + 1`... and keeps the run with the
    /// lowest inertia (the first one on a tie).
    ///
    /// @param rowMajorData `n * d` values, row `i` at `[i * d, (i + 1) * d)`; finite
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    public static Fit fit(double[] rowMajorData, int n, int d, int k, long seed, int restarts, int maxIter,
            ProgressMonitor progress) {
        if (n < 1 || d < 1 || rowMajorData.length != (long) n * d) {
            throw new IllegalArgumentException("Expected " + n + " x " + d + " values, got " + rowMajorData.length);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and " + n + "; it was " + k);
        }
        if (restarts < 1 || maxIter < 1) {
            throw new IllegalArgumentException("restarts and maxIter must be at least 1");
        }
        KMeans kmeans = new KMeans(rowMajorData, n, d, k);
        Fit best = null;
        for (int run = 0; run < restarts; run++) {
            ProgressMonitor stage = progress.stage((double) run / restarts, (double) (run + 1) / restarts);
            Fit fit = kmeans.run(seed + run, maxIter, stage, run + 1, restarts);
            if (best == null || fit.inertia() < best.inertia()) {
                best = fit;
            }
        }
        return best;
    }

    private Fit run(long seed, int maxIter, ProgressMonitor progress, int run, int runs) {
        double[] centroids = KMeansSeeding.seed(data, n, d, k, new Random(seed));
        progress.checkCancelled();
        lloyd.assignAll(centroids);
        // the same for every run: the data's spread, whatever the start
        double tolerance = RELATIVE_TOLERANCE * lloyd.totalVariance();
        int iterations = 0;
        while (iterations < maxIter) {
            double shift = lloyd.update(centroids);
            iterations++;
            int changed = lloyd.assign(centroids);
            progress.checkCancelled();
            progress.update((double) iterations / maxIter,
                    "k-means run " + run + " of " + runs + ", iteration " + iterations);
            if (changed == 0 || shift <= tolerance) {
                break;
            }
        }
        double[][] rows = new double[k][];
        for (int c = 0; c < k; c++) {
            rows[c] = Arrays.copyOfRange(centroids, c * d, (c + 1) * d);
        }
        return new Fit(rows, lloyd.labels().clone(), lloyd.inertia(centroids), iterations);
    }
}
