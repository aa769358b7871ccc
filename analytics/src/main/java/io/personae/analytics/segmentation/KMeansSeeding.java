package io.personae.analytics.segmentation;

import java.util.Random;

/// Greedy k-means++ starts: each new centre is the best of a few candidates drawn with
/// probability proportional to the squared distance to the nearest centre so far (as
/// scikit-learn does it), which places centres in distinct clusters far more reliably than
/// plain k-means++.
final class KMeansSeeding {

    /// Rows seeding looks at, at most.
    ///
    /// decision: seed on a random sample of 65,536 rows rather than on all of them. Greedy
    /// k-means++ makes (trials + 1) passes over the data per centre, which on 1M rows cost twice
    /// as much as the Lloyd iterations that follow; a sample this size places the centres as
    /// well (Lloyd then refines them on all rows), and seeding drops to a few milliseconds.
    static final int SAMPLE = 65_536;

    private KMeansSeeding() {}

    /// @return `k * d` starting centroids, row-major, the same for the same `random` state
    static double[] seed(double[] data, int n, int d, int k, Random random) {
        int m = Math.min(n, SAMPLE);
        double[] points = m == n ? data : sample(data, n, d, m, random);
        // decision: 2 + 3 ln k candidates, not scikit-learn's 2 + ln k. On 8-dimensional blobs
        // 2 + ln k left two centres in one cluster in one start out of six; such a start then
        // creeps for dozens of Lloyd iterations, which costs far more than the extra candidates.
        int trials = 2 + (int) (3 * Math.log(k));
        double[] centroids = new double[k * d];
        double[] minDistance = new double[m];
        double[] candidates = new double[trials * d];
        double[] toCandidates = new double[trials];
        double[] potentials = new double[trials];

        System.arraycopy(points, random.nextInt(m) * d, centroids, 0, d);
        for (int i = 0; i < m; i++) {
            minDistance[i] = Distances.squared(points, i * d, centroids, 0, d);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double distance : minDistance) {
                total += distance;
            }
            for (int t = 0; t < trials; t++) {
                int row = total > 0 ? pick(random.nextDouble() * total, minDistance) : random.nextInt(m);
                System.arraycopy(points, row * d, candidates, t * d, d);
            }
            java.util.Arrays.fill(potentials, 0);
            for (int i = 0; i < m; i++) {
                Distances.squaredToEach(points, i * d, candidates, trials, d, toCandidates);
                for (int t = 0; t < trials; t++) {
                    potentials[t] += Math.min(minDistance[i], toCandidates[t]);
                }
            }
            int chosen = 0;
            for (int t = 1; t < trials; t++) {
                if (potentials[t] < potentials[chosen]) {
                    chosen = t;
                }
            }
            System.arraycopy(candidates, chosen * d, centroids, c * d, d);
            for (int i = 0; i < m; i++) {
                minDistance[i] = Math.min(minDistance[i], Distances.squared(points, i * d, centroids, c * d, d));
            }
        }
        return centroids;
    }

    /// `m` distinct rows drawn uniformly (a partial Fisher-Yates shuffle), copied row-major.
    private static double[] sample(double[] data, int n, int d, int m, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] points = new double[m * d];
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int row = order[j];
            order[j] = order[i];
            order[i] = row;
            System.arraycopy(data, row * d, points, i * d, d);
        }
        return points;
    }

    /// The index where the running sum of `weights` passes `target`.
    private static int pick(double target, double[] weights) {
        double running = 0;
        int lastPositive = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                lastPositive = i;
                running += weights[i];
                if (running > target) {
                    return i;
                }
            }
        }
        // rounding can leave the target just beyond the last weight
        return lastPositive;
    }
}
