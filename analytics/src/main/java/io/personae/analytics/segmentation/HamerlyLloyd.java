package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.stream.IntStream;

/// Lloyd's k-means iterations with Hamerly's bounds: each row keeps an upper bound on the
/// distance to its own centroid and a lower bound on the distance to every other one, so a row
/// whose bounds prove it stays put costs two comparisons instead of `k` distances.
///
/// On customer data most rows settle after two or three iterations, so the later iterations
/// touch only the rows near a boundary. The result is the one plain Lloyd gives (the bounds
/// only skip work whose outcome they prove), up to ties between equally near centroids.
///
/// decision: Hamerly rather than Elkan. Elkan keeps `k` lower bounds per row, which pays off
/// for many clusters in many dimensions; with k ≤ 12 and a handful of features one bound
/// skips nearly as many rows with `k` times less memory to stream.
///
/// Every pass is split into fixed chunks of [KMeans#CHUNK] rows run in parallel. A chunk owns
/// its own partial sums and counts, kept up to date as its rows change cluster, and these are
/// added up in chunk order; so the result never depends on thread timing or the number of
/// cores.
final class HamerlyLloyd {

    private static final int CHUNK = KMeans.CHUNK;

    private final double[] data;
    private final int n;
    private final int d;
    private final int k;
    private final int chunks;
    private final int[] labels;
    private final double[] upper;
    private final double[] lower;
    private final double[][] chunkSums;
    private final int[][] chunkCounts;
    private final int[] chunkChanged;
    private final double[] chunkTotals;

    /// Sum of the squared norms of each chunk's rows, taken by [#assignAll] for [#totalVariance].
    private final double[] chunkSquares;

    /// How far each centroid moved in the last update (Euclidean, not squared).
    private final double[] moved;

    /// Half the distance from each centroid to its nearest other centroid: a row closer than
    /// this to its own centroid cannot be nearer to any other.
    private final double[] halfGap;

    /// The centroid that moved most, and the largest move among the others: what the lower
    /// bounds shrink by.
    private int farthestMover;
    private double largestMove;
    private double secondLargestMove;

    HamerlyLloyd(double[] data, int n, int d, int k) {
        this.data = data;
        this.n = n;
        this.d = d;
        this.k = k;
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.labels = new int[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.chunkSums = new double[chunks][k * d];
        this.chunkCounts = new int[chunks][k];
        this.chunkChanged = new int[chunks];
        this.chunkTotals = new double[chunks];
        this.chunkSquares = new double[chunks];
        this.moved = new double[k];
        this.halfGap = new double[k];
    }

    int[] labels() {
        return labels;
    }

    /// Assigns every row from scratch, computing all `k` distances: the start of a run.
    void assignAll(double[] centroids) {
        IntStream.range(0, chunks).parallel().forEach(chunk -> assignAllChunk(chunk, centroids));
    }

    /// Sum over columns of each column's variance, from the sums [#assignAll] took on its way:
    /// what the convergence tolerance of [KMeans] is relative to.
    ///
    /// decision: taken in the assignment pass, which reads every row anyway, rather than in a
    /// pass of its own; on a million rows that pass cost as much as a bounded iteration.
    /// Valid after [#assignAll] and before the first [#assign], which moves rows between the
    /// partial sums.
    double totalVariance() {
        double[] sum = new double[d];
        double squares = 0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            double[] chunkSum = chunkSums[chunk];
            for (int v = 0; v < chunkSum.length; v++) {
                sum[v % d] += chunkSum[v];
            }
            squares += chunkSquares[chunk];
        }
        double squaredMeanNorm = 0;
        for (int j = 0; j < d; j++) {
            double mean = sum[j] / n;
            squaredMeanNorm += mean * mean;
        }
        return Math.max(0, squares / n - squaredMeanNorm);
    }

    /// Reassigns the rows whose bounds no longer prove their cluster, after [#update].
    ///
    /// @return how many rows changed cluster
    int assign(double[] centroids) {
        IntStream.range(0, chunks).parallel().forEach(chunk -> assignChunk(chunk, centroids));
        int changed = 0;
        for (int count : chunkChanged) {
            changed += count;
        }
        return changed;
    }

    /// Moves each centroid to the mean of its rows; an empty cluster takes the row farthest
    /// from its centroid (a different row for each empty cluster).
    ///
    /// @return the sum of the squared distances the centroids moved
    double update(double[] centroids) {
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        for (int chunk = 0; chunk < chunks; chunk++) {
            double[] chunkSum = chunkSums[chunk];
            for (int v = 0; v < sums.length; v++) {
                sums[v] += chunkSum[v];
            }
            int[] chunkCount = chunkCounts[chunk];
            for (int c = 0; c < k; c++) {
                counts[c] += chunkCount[c];
            }
        }
        double[] distances = hasEmpty(counts) ? squaredDistancesToOwnCentroid(centroids) : null;
        double shift = 0;
        for (int c = 0; c < k; c++) {
            double squaredMove = 0;
            int offset = c * d;
            if (counts[c] == 0) {
                int farthest = farthestRow(distances);
                distances[farthest] = -1;
                for (int j = 0; j < d; j++) {
                    double value = data[farthest * d + j];
                    squaredMove += square(value - centroids[offset + j]);
                    centroids[offset + j] = value;
                }
            } else {
                for (int j = 0; j < d; j++) {
                    double mean = sums[offset + j] / counts[c];
                    squaredMove += square(mean - centroids[offset + j]);
                    centroids[offset + j] = mean;
                }
            }
            moved[c] = Math.sqrt(squaredMove);
            shift += squaredMove;
        }
        noteLargestMoves();
        noteHalfGaps(centroids);
        return shift;
    }

    /// The sum of squared distances of the rows to their centroid, computed exactly (the bounds
    /// are only bounds).
    double inertia(double[] centroids) {
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double total = 0;
            for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                total += Distances.squared(data, i * d, centroids, labels[i] * d, d);
            }
            chunkTotals[chunk] = total;
        });
        double inertia = 0;
        for (double total : chunkTotals) {
            inertia += total;
        }
        return inertia;
    }

    // ---- passes over one chunk ------------------------------------------------------------

    private void assignAllChunk(int chunk, double[] centroids) {
        double[] sums = chunkSums[chunk];
        int[] counts = chunkCounts[chunk];
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        double[] toCentroids = new double[k];
        double squares = 0;
        for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
            int base = i * d;
            int nearest = nearestTwo(base, centroids, toCentroids, i);
            labels[i] = nearest;
            counts[nearest]++;
            int target = nearest * d;
            for (int j = 0; j < d; j++) {
                double value = data[base + j];
                sums[target + j] += value;
                squares += value * value;
            }
        }
        chunkSquares[chunk] = squares;
        chunkChanged[chunk] = 0;
    }

    private void assignChunk(int chunk, double[] centroids) {
        double[] toCentroids = new double[k];
        int changed = 0;
        for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
            int label = labels[i];
            double bound = upper[i] + moved[label];
            double otherBound = lower[i] - (label == farthestMover ? secondLargestMove : largestMove);
            double proof = Math.max(halfGap[label], otherBound);
            upper[i] = bound;
            lower[i] = otherBound;
            if (bound <= proof) {
                continue;
            }
            int base = i * d;
            bound = Math.sqrt(Distances.squared(data, base, centroids, label * d, d));
            upper[i] = bound;
            if (bound <= proof) {
                continue;
            }
            int nearest = nearestTwo(base, centroids, toCentroids, i);
            if (nearest != label) {
                move(chunk, base, label, nearest);
                labels[i] = nearest;
                changed++;
            }
        }
        chunkChanged[chunk] = changed;
    }

    /// Computes the distances from row `i` to every centroid, sets its two bounds exactly and
    /// returns its nearest centroid (the lowest index on a tie).
    private int nearestTwo(int base, double[] centroids, double[] toCentroids, int i) {
        Distances.squaredToEach(data, base, centroids, k, d, toCentroids);
        int nearest = 0;
        double nearestDistance = toCentroids[0];
        double secondDistance = Double.POSITIVE_INFINITY;
        for (int c = 1; c < k; c++) {
            double distance = toCentroids[c];
            if (distance < nearestDistance) {
                secondDistance = nearestDistance;
                nearestDistance = distance;
                nearest = c;
            } else if (distance < secondDistance) {
                secondDistance = distance;
            }
        }
        upper[i] = Math.sqrt(nearestDistance);
        lower[i] = Math.sqrt(secondDistance);
        return nearest;
    }

    /// Moves a row's values from one cluster's partial sums to another's, within its chunk.
    private void move(int chunk, int base, int from, int to) {
        double[] sums = chunkSums[chunk];
        int[] counts = chunkCounts[chunk];
        int source = from * d;
        int target = to * d;
        // decision: a cluster that loses its last row in this chunk restarts from exact zeros,
        // so that the rounding of many additions and subtractions cannot linger in it.
        if (--counts[from] == 0) {
            Arrays.fill(sums, source, source + d, 0);
        } else {
            for (int j = 0; j < d; j++) {
                sums[source + j] -= data[base + j];
            }
        }
        counts[to]++;
        for (int j = 0; j < d; j++) {
            sums[target + j] += data[base + j];
        }
    }

    // ---- centroid geometry ----------------------------------------------------------------

    private void noteLargestMoves() {
        farthestMover = 0;
        for (int c = 1; c < k; c++) {
            if (moved[c] > moved[farthestMover]) {
                farthestMover = c;
            }
        }
        largestMove = moved[farthestMover];
        secondLargestMove = 0;
        for (int c = 0; c < k; c++) {
            if (c != farthestMover) {
                secondLargestMove = Math.max(secondLargestMove, moved[c]);
            }
        }
    }

    private void noteHalfGaps(double[] centroids) {
        Arrays.fill(halfGap, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double half = Math.sqrt(Distances.squared(centroids, a * d, centroids, b * d, d)) / 2;
                halfGap[a] = Math.min(halfGap[a], half);
                halfGap[b] = Math.min(halfGap[b], half);
            }
        }
    }

    // ---- empty clusters -------------------------------------------------------------------

    private static boolean hasEmpty(int[] counts) {
        for (int count : counts) {
            if (count == 0) {
                return true;
            }
        }
        return false;
    }

    private double[] squaredDistancesToOwnCentroid(double[] centroids) {
        double[] distances = new double[n];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                distances[i] = Distances.squared(data, i * d, centroids, labels[i] * d, d);
            }
        });
        return distances;
    }

    private static int farthestRow(double[] distances) {
        int farthest = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] > distances[farthest]) {
                farthest = i;
            }
        }
        return farthest;
    }

    private static double square(double value) {
        return value * value;
    }
}
