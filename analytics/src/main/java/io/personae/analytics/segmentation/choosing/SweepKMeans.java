package io.personae.analytics.segmentation.choosing;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.KMeans;
import java.util.Random;
import java.util.stream.IntStream;

/// k-means as the k sweep runs it: on large data fitted once on a random sample of the rows,
/// then every row labelled with its nearest centroid, so that the scores describe all customers.
///
/// decision: fit on at most [#FIT_SAMPLE] rows. Past the true number of groups, Lloyd creeps
/// for a hundred iterations or more while surplus centroids share groups (133 iterations at
/// k=12 on the 1M-row benchmark, about 4 s of CPU for that k alone), so full fits for eleven k's
/// could not meet the 15-second goal on two cores. On a sample of 200,000 a segment of 3% still
/// has 6,000 rows, so its centroid is known to about a hundredth of a standard deviation, and
/// the sweep only ranks k's; the segmentation the user then picks is fitted on every customer.
final class SweepKMeans {

    /// Most rows k-means is fitted on in the sweep.
    static final int FIT_SAMPLE = 200_000;

    /// Rows per parallel task when labelling; fixed so results do not depend on the machine.
    private static final int CHUNK = 8192;

    private SweepKMeans() {}

    /// The segment of each of the `n` rows.
    ///
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    static int[] labels(double[] rowMajor, int n, int d, int k, long seed, int restarts, int maxIter,
            ProgressMonitor progress) {
        if (n <= FIT_SAMPLE) {
            return KMeans.fit(rowMajor, n, d, k, seed, restarts, maxIter, progress).labels();
        }
        double[] sample = sample(rowMajor, n, d, seed);
        double[][] centroids = KMeans.fit(sample, FIT_SAMPLE, d, k, seed, restarts, maxIter, progress).centroids();
        progress.checkCancelled();
        return nearest(rowMajor, n, d, flatten(centroids, d));
    }

    /// [#FIT_SAMPLE] rows drawn without replacement, the same ones for every k (same seed).
    private static double[] sample(double[] rowMajor, int n, int d, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] sample = new double[FIT_SAMPLE * d];
        for (int p = 0; p < FIT_SAMPLE; p++) {
            int j = p + random.nextInt(n - p);
            int row = order[j];
            order[j] = order[p];
            order[p] = row;
            System.arraycopy(rowMajor, row * d, sample, p * d, d);
        }
        return sample;
    }

    private static double[] flatten(double[][] centroids, int d) {
        double[] flat = new double[centroids.length * d];
        for (int c = 0; c < centroids.length; c++) {
            System.arraycopy(centroids[c], 0, flat, c * d, d);
        }
        return flat;
    }

    /// Nearest centroid of each row (the lower index on a tie); rows are independent, so the
    /// parallel chunks give the same labels on any machine.
    static int[] nearest(double[] rowMajor, int n, int d, double[] centroids) {
        int k = centroids.length / d;
        int[] labels = new int[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int end = Math.min(n, (chunk + 1) * CHUNK);
            for (int r = chunk * CHUNK; r < end; r++) {
                int base = r * d;
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double distance = 0;
                    for (int j = 0; j < d; j++) {
                        double diff = rowMajor[base + j] - centroids[c * d + j];
                        distance += diff * diff;
                    }
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = c;
                    }
                }
                labels[r] = best;
            }
        });
        return labels;
    }
}
