package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.ScaledMatrix;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.Arrays;

/// Where the segments sit in the scaled space segmentation worked in: each one's centre, its
/// typical customer (the member nearest the centre) and its spread, for typical customers and
/// for telling segments apart.
///
/// @param centroids `centroids[s]`: the run's centroid, or, when the run's centroids are in
///                  another space than the scaled features (RFM scores), the mean of the
///                  segment's scaled rows
/// @param medoids   per segment, the customer (row in the table) nearest its centre; -1 when
///                  the segment has no row in the scaled space
/// @param rms       per segment, the root mean squared distance of its customers to its centre;
///                  NaN when it has none
record SegmentGeometry(double[][] centroids, int[] medoids, double[] rms) {

    /// @throws SegmentationException when the table can no longer be scaled as the run was
    static SegmentGeometry of(CustomerTable table, SegmentationResult result) throws SegmentationException {
        ScaledMatrix scaled = ScaledMatrix.of(table, result.options());
        int k = result.k();
        int d = scaled.d();
        int[] assignment = result.assignment();
        double[] x = scaled.values();
        int[] rows = scaled.customers();
        double[][] centroids = fits(result.centroids(), d) ? result.centroids() : rowMeans(scaled, assignment, k);

        int[] medoids = new int[k];
        Arrays.fill(medoids, -1);
        double[] nearest = new double[k];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double[] squares = new double[k];
        long[] counts = new long[k];
        for (int r = 0; r < rows.length; r++) {
            int s = assignment[rows[r]];
            if (s < 0 || centroids[s].length != d) {
                continue;
            }
            double[] c = centroids[s];
            double distance = 0;
            int offset = r * d;
            for (int j = 0; j < d; j++) {
                double diff = x[offset + j] - c[j];
                distance += diff * diff;
            }
            squares[s] += distance;
            counts[s]++;
            // ties go to the earlier customer, so the same data gives the same typical customer
            if (distance < nearest[s]) {
                nearest[s] = distance;
                medoids[s] = rows[r];
            }
        }
        double[] rms = new double[k];
        for (int s = 0; s < k; s++) {
            rms[s] = counts[s] == 0 ? Double.NaN : Math.sqrt(squares[s] / counts[s]);
        }
        return new SegmentGeometry(centroids, medoids, rms);
    }

    /// How far apart segments `a` and `b` are for their spread: the distance between their
    /// centres over the sum of their root mean squared spreads. Around 1 or more, the two
    /// clouds barely touch; well below 1, they overlap. NaN when either spread is unknown.
    double separation(int a, int b) {
        double spread = rms[a] + rms[b];
        if (Double.isNaN(spread) || centroids[a].length != centroids[b].length) {
            return Double.NaN;
        }
        double distance = 0;
        for (int j = 0; j < centroids[a].length; j++) {
            double diff = centroids[a][j] - centroids[b][j];
            distance += diff * diff;
        }
        distance = Math.sqrt(distance);
        return spread == 0 ? (distance == 0 ? 0 : Double.POSITIVE_INFINITY) : distance / spread;
    }

    private static boolean fits(double[][] centroids, int d) {
        return Arrays.stream(centroids).allMatch(c -> c.length == d);
    }

    private static double[][] rowMeans(ScaledMatrix scaled, int[] assignment, int k) {
        int d = scaled.d();
        double[][] sums = new double[k][d];
        long[] counts = new long[k];
        double[] x = scaled.values();
        int[] rows = scaled.customers();
        for (int r = 0; r < rows.length; r++) {
            int s = assignment[rows[r]];
            if (s < 0) {
                continue;
            }
            counts[s]++;
            for (int j = 0; j < d; j++) {
                sums[s][j] += x[r * d + j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                sums[s][j] = counts[s] == 0 ? Double.NaN : sums[s][j] / counts[s];
            }
        }
        return sums;
    }
}
