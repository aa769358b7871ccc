package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import java.util.stream.IntStream;

/// Greedy k-means++ starts: each new centre is the best of a few candidates drawn with
/// probability proportional to the squared distance to the nearest centre so far (as
/// scikit-learn does it), which places centres in distinct clusters far more reliably than
/// plain k-means++. On large data the starts are chosen, and then polished, on a sample.
///
/// The candidates are scored in parallel over fixed chunks of [KMeans#CHUNK] rows whose
/// partial scores are added in chunk order, so the starts never depend on thread timing.
final class KMeansSeeding {

    private static final int CHUNK = KMeans.CHUNK;

    /// Rows the k-means++ draws look at, at most.
    ///
    /// decision: choose the starts on a random sample of 16,384 rows rather than on all of them.
    /// Greedy k-means++ makes (trials + 1) passes over its rows per centre, which on 1M rows
    /// cost twice as much as the Lloyd iterations that follow; on a sample this size it still
    /// puts a start in every cluster worth one, at a cost of a few milliseconds.
    static final int SEED_SAMPLE = 16_384;

    /// Rows the kept start is polished on by Lloyd before the run on all rows, at most; data
    /// with fewer rows than this is seeded without polishing.
    static final int POLISH_SAMPLE = 65_536;

    /// The polishing sample is this fraction of the rows (within [#SEED_SAMPLE] and
    /// [#POLISH_SAMPLE]).
    ///
    /// decision: shrink the polishing with the data. A sixteenth of the rows keeps the polish
    /// at a few per cent of one pass over all rows; a fixed 65,536 rows cost as much as the
    /// whole fit on 100,000 rows.
    static final int POLISH_FRACTION = 16;

    /// Lloyd iterations spent polishing the starts on the sample, at most.
    static final int POLISH_ITERATIONS = 30;

    /// Starts drawn and polished on the seeding sample of large data; the one with the lowest
    /// inertia on that sample is kept.
    ///
    /// decision: on 4M rows one start in a few put two centres in one cluster; Lloyd then
    /// creeps for dozens of iterations on all rows into a worse solution. Three starts make
    /// such a start rare (all three must go wrong). They are compared on the one seeding
    /// sample, where a start with two centres in one cluster ends with a clearly higher
    /// inertia, and only the winner is polished further on a larger sample: three polishes on
    /// 65,536 rows were the largest fixed cost of a fit.
    static final int POLISHED_STARTS = 3;

    private final double[] points;
    private final int m;
    private final int d;
    private final int trials;
    private final int chunks;
    private final double[] minDistance;
    private final double[] candidates;

    /// `toCandidates[t * m + i]`: squared distance from row `i` to candidate `t`, kept so that
    /// the chosen candidate's distances need not be computed again.
    private final double[] toCandidates;
    private final double[][] chunkPotentials;

    private KMeansSeeding(double[] points, int m, int d, int k) {
        this.points = points;
        this.m = m;
        this.d = d;
        // decision: 2 + 3 ln k candidates, not scikit-learn's 2 + ln k. On 8-dimensional blobs
        // 2 + ln k left two centres in one cluster in one start out of six; such a start then
        // creeps for dozens of Lloyd iterations, which costs far more than the extra candidates.
        this.trials = 2 + (int) (3 * Math.log(k));
        this.chunks = (m + CHUNK - 1) / CHUNK;
        this.minDistance = new double[m];
        this.candidates = new double[trials * d];
        this.toCandidates = new double[trials * m];
        this.chunkPotentials = new double[chunks][trials];
    }

    /// @return `k * d` starting centroids, row-major, the same for the same `random` state
    static double[] seed(double[] data, int n, int d, int k, Random random) {
        int m = Math.min(n, SEED_SAMPLE);
        if (n <= POLISH_SAMPLE) {
            double[] points = m == n ? data : sample(data, n, d, m, random);
            return new KMeansSeeding(points, m, d, k).greedyPlusPlus(k, random);
        }
        double[] seedSample = sample(data, n, d, m, random);
        KMeansSeeding seeding = new KMeansSeeding(seedSample, m, d, k);
        double[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int start = 0; start < POLISHED_STARTS; start++) {
            double[] centroids = seeding.greedyPlusPlus(k, random);
            double inertia = polish(seedSample, m, d, k, centroids);
            if (inertia < bestInertia) {
                best = centroids;
                bestInertia = inertia;
            }
        }
        int polishRows = Math.min(POLISH_SAMPLE, n / POLISH_FRACTION);
        if (polishRows > m) {
            polish(sample(data, n, d, polishRows, random), polishRows, d, k, best);
        }
        return best;
    }

    private double[] greedyPlusPlus(int k, Random random) {
        double[] centroids = new double[k * d];
        System.arraycopy(points, random.nextInt(m) * d, centroids, 0, d);
        for (int i = 0; i < m; i++) {
            minDistance[i] = Distances.squared(points, i * d, centroids, 0, d);
        }
        double[] cumulative = new double[m];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                total += minDistance[i];
                cumulative[i] = total;
            }
            for (int t = 0; t < trials; t++) {
                int row = total > 0 ? pick(random.nextDouble() * total, cumulative) : random.nextInt(m);
                System.arraycopy(points, row * d, candidates, t * d, d);
            }
            int chosen = bestCandidate();
            System.arraycopy(candidates, chosen * d, centroids, c * d, d);
            int offset = chosen * m;
            for (int i = 0; i < m; i++) {
                minDistance[i] = Math.min(minDistance[i], toCandidates[offset + i]);
            }
        }
        return centroids;
    }

    /// The candidate that leaves the lowest sum of squared distances to the nearest centre.
    private int bestCandidate() {
        IntStream.range(0, chunks).parallel().forEach(this::scoreChunk);
        double[] potentials = new double[trials];
        for (double[] partial : chunkPotentials) {
            for (int t = 0; t < trials; t++) {
                potentials[t] += partial[t];
            }
        }
        int chosen = 0;
        for (int t = 1; t < trials; t++) {
            if (potentials[t] < potentials[chosen]) {
                chosen = t;
            }
        }
        return chosen;
    }

    private void scoreChunk(int chunk) {
        double[] potentials = chunkPotentials[chunk];
        Arrays.fill(potentials, 0);
        double[] distances = new double[trials];
        for (int i = chunk * CHUNK, end = Math.min(m, i + CHUNK); i < end; i++) {
            Distances.squaredToEach(points, i * d, candidates, trials, d, distances);
            double current = minDistance[i];
            for (int t = 0; t < trials; t++) {
                toCandidates[t * m + i] = distances[t];
                potentials[t] += Math.min(current, distances[t]);
            }
        }
    }

    /// Moves the starts to a k-means solution of a sample.
    ///
    /// decision: k-means++ starts are data points, a typical distance away from the centre of
    /// their cluster, so the first Lloyd iteration on all rows moves every centroid far and has
    /// to recompute nearly every row. Lloyd on a sample (a sixteenth of the rows at most) costs
    /// little and lands close to the final centroids, so on all rows the bounds of
    /// [HamerlyLloyd] skip most rows from the first iteration on. The run still converges on
    /// all rows; the sample only decides where it starts.
    ///
    /// @return the sample's inertia at the polished centroids
    private static double polish(double[] points, int m, int d, int k, double[] centroids) {
        HamerlyLloyd lloyd = new HamerlyLloyd(points, m, d, k);
        lloyd.assignAll(centroids);
        for (int iteration = 0; iteration < POLISH_ITERATIONS; iteration++) {
            lloyd.update(centroids);
            if (lloyd.assign(centroids) == 0) {
                break;
            }
        }
        return lloyd.inertia(centroids);
    }

    /// `m` distinct rows drawn uniformly, copied row-major in file order.
    ///
    /// decision: Floyd's algorithm on a bit set rather than a partial shuffle of all `n` row
    /// numbers: exactly `m` draws, `n` bits instead of `n` ints, and the rows are then copied
    /// in increasing order, which reads memory front to back.
    private static double[] sample(double[] data, int n, int d, int m, Random random) {
        BitSet chosen = new BitSet(n);
        for (int j = n - m; j < n; j++) {
            int row = random.nextInt(j + 1);
            chosen.set(chosen.get(row) ? j : row);
        }
        double[] points = new double[m * d];
        int i = 0;
        for (int row = chosen.nextSetBit(0); row >= 0; row = chosen.nextSetBit(row + 1)) {
            System.arraycopy(data, row * d, points, i * d, d);
            i++;
        }
        return points;
    }

    /// The first row whose running weight passes `target` (rows of weight zero never pass it).
    private static int pick(double target, double[] cumulative) {
        int low = 0;
        int high = cumulative.length - 1;
        if (cumulative[high] <= target) {
            // rounding can leave the target at or just beyond the total: take the last row
            // that carries weight
            while (high > 0 && cumulative[high - 1] == cumulative[high]) {
                high--;
            }
            return high;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
