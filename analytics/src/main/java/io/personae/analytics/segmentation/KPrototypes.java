package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.util.Arrays;
import java.util.Random;

/// k-prototypes (Huang, 1997) for numbers and categories together: each segment has a mean for
/// the numeric features and a most common value for each category; a customer's cost to a
/// segment is the squared Euclidean distance on the scaled numbers plus `gamma` for each
/// category that differs. With no numeric feature this is k-modes.
///
/// decision: our own rather than Smile's `KModes`: one algorithm covers mixed and purely
/// categorical data the same way, it is cancellable between passes (Smile's stop flag is not
/// volatile) and it runs from the seeds the options give.
final class KPrototypes {

    private final double[] x;
    private final int[] codes;
    private final int n;
    private final int d;
    private final int c;
    private final int k;
    private final int[] levelCounts;
    private final double gamma;

    private KPrototypes(double[] x, int[] codes, int n, int d, int[] levelCounts, int k, double gamma) {
        this.x = x;
        this.codes = codes;
        this.n = n;
        this.d = d;
        this.c = levelCounts.length;
        this.levelCounts = levelCounts;
        this.k = k;
        this.gamma = gamma;
    }

    /// decision: gamma is half the mean standard deviation of the scaled numeric features (1/2
    /// for standardised ones). Huang found values between a third and two thirds of that mean
    /// standard deviation balance the two parts; half sits in the middle of that range.
    static double gamma(double[] x, int n, int d) {
        if (d == 0) {
            return 1;
        }
        double sdSum = 0;
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double value = x[i * d + j];
                sum += value;
                squares += value * value;
            }
            double mean = sum / n;
            sdSum += Math.sqrt(Math.max(0, squares / n - mean * mean));
        }
        return 0.5 * sdSum / d;
    }

    /// @param x           `n * d` scaled numeric values, row-major (d may be 0)
    /// @param codes       `n * levelCounts.length` category codes, row-major
    /// @param levelCounts number of values of each category
    static Partition fit(double[] x, int[] codes, int n, int d, int[] levelCounts, int k, SegmentationOptions options,
            ProgressMonitor progress) {
        KPrototypes algorithm = new KPrototypes(x, codes, n, d, levelCounts, k, gamma(x, n, d));
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestIterations = 0;
        for (int run = 0; run < options.restarts(); run++) {
            ProgressMonitor stage = progress.stage((double) run / options.restarts(),
                    (double) (run + 1) / options.restarts());
            int[] labels = new int[n];
            double[] means = new double[k * d];
            int[] modes = new int[k * levelCounts.length];
            algorithm.seed(new Random(options.seed() + run), means, modes);
            int iterations = 0;
            double cost = algorithm.assign(means, modes, labels);
            while (iterations < options.maxIterations()) {
                algorithm.update(labels, means, modes);
                iterations++;
                int[] previous = labels.clone();
                cost = algorithm.assign(means, modes, labels);
                stage.checkCancelled();
                stage.update((double) iterations / options.maxIterations(),
                        "k-prototypes run " + (run + 1) + " of " + options.restarts() + ", iteration " + iterations);
                if (Arrays.equals(previous, labels)) {
                    break;
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = labels;
                bestIterations = iterations;
            }
        }
        return new Partition(best, k, bestIterations);
    }

    /// k-means++ style starts under the mixed cost: the first prototype is a random customer,
    /// each next one a customer drawn with probability proportional to its cost to the nearest
    /// prototype so far.
    private void seed(Random random, double[] means, int[] modes) {
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int pick = random.nextInt(n);
        for (int s = 0; s < k; s++) {
            System.arraycopy(x, pick * d, means, s * d, d);
            System.arraycopy(codes, pick * c, modes, s * c, c);
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], cost(i, means, modes, s));
                total += nearest[i];
            }
            if (s + 1 == k) {
                break;
            }
            if (total <= 0) {
                pick = random.nextInt(n);
                continue;
            }
            double target = random.nextDouble() * total;
            pick = n - 1;
            for (int i = 0; i < n; i++) {
                target -= nearest[i];
                if (target < 0) {
                    pick = i;
                    break;
                }
            }
        }
    }

    private double cost(int i, double[] means, int[] modes, int s) {
        double cost = d == 0 ? 0 : Distances.squared(x, i * d, means, s * d, d);
        for (int j = 0; j < c; j++) {
            if (codes[i * c + j] != modes[s * c + j]) {
                cost += gamma;
            }
        }
        return cost;
    }

    /// Puts every row with its cheapest prototype (the lowest index on a tie); returns the total cost.
    private double assign(double[] means, int[] modes, int[] labels) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            int bestSegment = 0;
            double bestCost = cost(i, means, modes, 0);
            for (int s = 1; s < k; s++) {
                double cost = cost(i, means, modes, s);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestSegment = s;
                }
            }
            labels[i] = bestSegment;
            total += bestCost;
        }
        return total;
    }

    /// Means and most common values of each segment; an empty segment takes the row that costs
    /// most under its current prototype, so no segment is lost.
    private void update(int[] labels, double[] means, int[] modes) {
        int[] sizes = new int[k];
        double[] sums = new double[k * d];
        int[][][] counts = new int[k][c][];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < c; j++) {
                counts[s][j] = new int[levelCounts[j]];
            }
        }
        for (int i = 0; i < n; i++) {
            int s = labels[i];
            sizes[s]++;
            for (int j = 0; j < d; j++) {
                sums[s * d + j] += x[i * d + j];
            }
            for (int j = 0; j < c; j++) {
                counts[s][j][codes[i * c + j]]++;
            }
        }
        for (int s = 0; s < k; s++) {
            if (sizes[s] == 0) {
                int far = farthest(labels, means, modes);
                System.arraycopy(x, far * d, means, s * d, d);
                System.arraycopy(codes, far * c, modes, s * c, c);
                labels[far] = s;
                continue;
            }
            for (int j = 0; j < d; j++) {
                means[s * d + j] = sums[s * d + j] / sizes[s];
            }
            for (int j = 0; j < c; j++) {
                int[] levelCount = counts[s][j];
                int mode = 0;
                for (int level = 1; level < levelCount.length; level++) {
                    if (levelCount[level] > levelCount[mode]) {
                        mode = level;
                    }
                }
                modes[s * c + j] = mode;
            }
        }
    }

    private int farthest(int[] labels, double[] means, int[] modes) {
        int far = 0;
        double farCost = -1;
        for (int i = 0; i < n; i++) {
            double cost = cost(i, means, modes, labels[i]);
            if (cost > farCost) {
                farCost = cost;
                far = i;
            }
        }
        return far;
    }
}
