package io.personae.analytics.segmentation.choosing;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/// The four internal scores of one segmentation, computed on the scaled data it was made from.
///
/// Rows labelled -1 (customers left out) are ignored; the number of segments is the number of
/// labels that occur. Definitions follow scikit-learn's `silhouette_score`,
/// `calinski_harabasz_score` and `davies_bouldin_score`, so figures can be compared with it.
///
/// @param silhouette       mean silhouette, -1..1, higher is better; on a sample for large data
/// @param calinskiHarabasz between- over within-segment dispersion, each per degree of freedom;
///                         higher is better
/// @param daviesBouldin    mean over segments of the worst ratio of spread to separation; lower is
///                         better
/// @param wcss             within-segment sum of squared distances to the segment means
public record ClusterScores(double silhouette, double calinskiHarabasz, double daviesBouldin, double wcss) {

    /// Scores the labelling of `n` rows of `d` scaled values.
    ///
    /// Silhouette is exact up to `silhouetteSample` labelled rows. Above that it is the exact
    /// silhouette of a random sample of that many rows, each point's a and b measured against
    /// the other sampled points only (what scikit-learn's `sample_size` does).
    ///
    /// decision: sample against sample, not sample against all rows. Against all rows is
    /// `sample * n` distances, 5,000 x 1,000,000 = 5e9 per k on a million customers, many seconds
    /// each; sample against sample is 2.5e7 and the mean moves by about a hundredth (the
    /// standard error of a mean of 5,000 values in -1..1). The full silhouette is `n^2`, which
    /// is what froze a 4 GB laptop on 23,000 rows in another tool.
    ///
    /// @param rowMajor         `n * d` values, row `r` at `[r * d, (r + 1) * d)`
    /// @param labels           segment of each row, 0..k-1, or -1 to ignore the row
    /// @param silhouetteSample most rows the silhouette looks at
    /// @param seed             seed of the silhouette sample, so the same data scores the same
    public static ClusterScores of(double[] rowMajor, int n, int d, int[] labels, int silhouetteSample, long seed) {
        Centroids centroids = Centroids.of(rowMajor, n, d, labels);
        return new ClusterScores(silhouette(rowMajor, n, d, labels, silhouetteSample, seed),
                calinskiHarabasz(centroids), daviesBouldin(rowMajor, d, labels, centroids),
                centroids.wcss());
    }

    // ---- silhouette ----------------------------------------------------------------------

    /// Mean silhouette over the (sampled) labelled rows; NaN when fewer than two segments occur.
    /// A point alone in its segment scores 0.
    static double silhouette(double[] x, int n, int d, int[] labels, int sampleSize, long seed) {
        int[] rows = sample(labelledRows(labels, n), sampleSize, seed);
        int m = rows.length;
        // decision: copy the sample together; on a million rows the sampled ones lie far apart in
        // memory, and each of the m * m distances would otherwise start with a cache miss
        double[] points = new double[m * d];
        int[] groups = new int[m];
        for (int p = 0; p < m; p++) {
            System.arraycopy(x, rows[p] * d, points, p * d, d);
            groups[p] = labels[rows[p]];
        }
        int k = 1 + Arrays.stream(groups).max().orElse(-1);
        int[] counts = new int[Math.max(k, 1)];
        for (int group : groups) {
            counts[group]++;
        }
        if (Arrays.stream(counts).filter(c -> c > 0).count() < 2) {
            return Double.NaN;
        }
        double[] sums = distanceSums(points, d, groups, k);
        double total = 0;
        for (int p = 0; p < m; p++) {
            total += silhouetteOf(sums, p, groups[p], counts);
        }
        return total / m;
    }

    /// Tasks the pairwise distances are split into.
    private static final int TASKS = 16;

    /// `sums[p * k + c]`: the sum of the distances from point `p` to the points of group `c`.
    ///
    /// decision: each pair's distance is computed once and added to both points, half the
    /// work of measuring every point against all others. Task `t` takes the rows `p` with
    /// `p % TASKS == t` (so the triangle is shared out evenly), adds to its own rows directly
    /// and to the partner rows in a private array; those arrays are then added in task order,
    /// so the result does not depend on thread timing.
    private static double[] distanceSums(double[] points, int d, int[] groups, int k) {
        int m = groups.length;
        double[][] partial = new double[TASKS][];
        double[] own = new double[m * k];
        IntStream.range(0, TASKS).parallel().forEach(t -> {
            double[] partner = new double[m * k];
            for (int p = t; p < m; p += TASKS) {
                int base = p * d;
                int groupP = groups[p];
                for (int q = p + 1; q < m; q++) {
                    double distance = Math.sqrt(squared(points, base, points, q * d, d));
                    own[p * k + groups[q]] += distance;
                    partner[q * k + groupP] += distance;
                }
            }
            partial[t] = partner;
        });
        for (double[] partner : partial) {
            for (int i = 0; i < own.length; i++) {
                own[i] += partner[i];
            }
        }
        return own;
    }

    private static double silhouetteOf(double[] sums, int p, int own, int[] counts) {
        if (counts[own] == 1) {
            return 0;
        }
        int k = counts.length;
        double a = sums[p * k + own] / (counts[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (c != own && counts[c] > 0) {
                b = Math.min(b, sums[p * k + c] / counts[c]);
            }
        }
        double larger = Math.max(a, b);
        return larger == 0 ? 0 : (b - a) / larger;
    }

    private static int[] labelledRows(int[] labels, int n) {
        return IntStream.range(0, n).filter(r -> labels[r] >= 0).toArray();
    }

    /// `size` of `rows` drawn without replacement, in increasing order; all of them when there
    /// are no more than `size`.
    private static int[] sample(int[] rows, int size, long seed) {
        if (rows.length <= size) {
            return rows;
        }
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(rows.length - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] chosen = Arrays.copyOf(rows, size);
        Arrays.sort(chosen);
        return chosen;
    }

    // ---- Calinski-Harabasz, Davies-Bouldin -----------------------------------------------

    /// `(B / (k - 1)) / (W / (m - k))` over the m labelled rows and the k segments that occur;
    /// NaN with fewer than two segments, 1 when every segment is a single point (as
    /// scikit-learn).
    static double calinskiHarabasz(Centroids centroids) {
        int d = centroids.d();
        int k = centroids.occurring();
        long m = centroids.labelled();
        if (k < 2) {
            return Double.NaN;
        }
        double[] mean = centroids.overallMean();
        double between = 0;
        for (int c = 0; c < centroids.counts().length; c++) {
            if (centroids.counts()[c] > 0) {
                between += centroids.counts()[c] * squared(centroids.means(), c * d, mean, 0, d);
            }
        }
        double within = centroids.wcss();
        return within == 0 ? 1 : (between / (k - 1)) / (within / (m - k));
    }

    /// Mean over segments of `max over others (s_i + s_j) / |c_i - c_j|`, with `s` the mean
    /// distance of a segment's rows to its mean; NaN with fewer than two segments.
    static double daviesBouldin(double[] x, int d, int[] labels, Centroids centroids) {
        int[] counts = centroids.counts();
        int k = counts.length;
        if (centroids.occurring() < 2) {
            return Double.NaN;
        }
        double[] spread = new double[k];
        double[] means = centroids.means();
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] >= 0) {
                spread[labels[r]] += Math.sqrt(squared(x, r * d, means, labels[r] * d, d));
            }
        }
        double total = 0;
        for (int i = 0; i < k; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double si = spread[i] / counts[i];
            double worst = 0;
            for (int j = 0; j < k; j++) {
                if (j != i && counts[j] > 0) {
                    double separation = Math.sqrt(squared(means, i * d, means, j * d, d));
                    double sj = spread[j] / counts[j];
                    double ratio = separation > 0 ? (si + sj) / separation
                            : si + sj > 0 ? Double.POSITIVE_INFINITY : 0;
                    worst = Math.max(worst, ratio);
                }
            }
            total += worst;
        }
        return total / centroids.occurring();
    }

    static double squared(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOffset + j] - b[bOffset + j];
            sum += diff * diff;
        }
        return sum;
    }

    /// Segment means and the within-segment sum of squares, computed once and shared by the
    /// scores.
    ///
    /// @param means  `k * d`, row-major
    /// @param counts rows per segment
    /// @param wcss   sum of squared distances of rows to their segment mean
    record Centroids(double[] means, int[] counts, int d, double wcss) {

        static Centroids of(double[] x, int n, int d, int[] labels) {
            int k = 1 + Arrays.stream(labels, 0, n).max().orElse(-1);
            double[] means = new double[k * d];
            int[] counts = new int[k];
            for (int r = 0; r < n; r++) {
                int c = labels[r];
                if (c >= 0) {
                    counts[c]++;
                    for (int j = 0; j < d; j++) {
                        means[c * d + j] += x[r * d + j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d && counts[c] > 0; j++) {
                    means[c * d + j] /= counts[c];
                }
            }
            double wcss = 0;
            for (int r = 0; r < n; r++) {
                if (labels[r] >= 0) {
                    wcss += squared(x, r * d, means, labels[r] * d, d);
                }
            }
            return new Centroids(means, counts, d, wcss);
        }

        int occurring() {
            return (int) Arrays.stream(counts).filter(c -> c > 0).count();
        }

        long labelled() {
            return Arrays.stream(counts).asLongStream().sum();
        }

        /// Mean of all labelled rows: the count-weighted mean of the segment means.
        double[] overallMean() {
            double[] mean = new double[d];
            long m = labelled();
            for (int c = 0; c < counts.length; c++) {
                for (int j = 0; j < d; j++) {
                    mean[j] += means[c * d + j] * counts[c] / m;
                }
            }
            return mean;
        }
    }
}
