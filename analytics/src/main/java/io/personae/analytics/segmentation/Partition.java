package io.personae.analytics.segmentation;

/// What every algorithm returns: a segment for each row it clustered, before [SegmentOrder]
/// renumbers them.
///
/// @param labels     segment of each row, 0..k-1
/// @param k          segments asked for
/// @param iterations iterations of the kept run (0 for methods that do not iterate)
record Partition(int[] labels, int k, int iterations) {

    /// The mean of each segment's rows in row-major `x` of width `d`; an empty segment's mean is
    /// all zeros.
    double[][] centroids(double[] x, int d) {
        double[][] centroids = new double[k][d];
        int[] sizes = new int[k];
        for (int r = 0; r < labels.length; r++) {
            int s = labels[r];
            sizes[s]++;
            for (int j = 0; j < d; j++) {
                centroids[s][j] += x[r * d + j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d && sizes[s] > 0; j++) {
                centroids[s][j] /= sizes[s];
            }
        }
        return centroids;
    }

    /// Sum of squared distances of the rows to their segment's centroid.
    double inertia(double[] x, int d, double[][] centroids) {
        double inertia = 0;
        for (int r = 0; r < labels.length; r++) {
            inertia += Distances.squared(x, r * d, centroids[labels[r]], 0, d);
        }
        return inertia;
    }

    int[] sizes() {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }
}
