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
        if (d == 8) {
            squaredToEach8(x, base, points, count, out);
            return;
        }
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

    /// [#squaredToEach] for eight features, the width of the benchmark data and of a typical
    /// customer table: the point's values are loaded once into registers and each distance is
    /// one straight run of eight terms, with no inner loop to count.
    ///
    /// decision: the terms are added in the same order as [#squared] adds them, so both give
    /// bit-identical distances and the bounds of [HamerlyLloyd] compare like with like; the
    /// CPU still overlaps the independent distances to the different points.
    private static void squaredToEach8(double[] x, int base, double[] points, int count, double[] out) {
        double x0 = x[base];
        double x1 = x[base + 1];
        double x2 = x[base + 2];
        double x3 = x[base + 3];
        double x4 = x[base + 4];
        double x5 = x[base + 5];
        double x6 = x[base + 6];
        double x7 = x[base + 7];
        for (int p = 0, o = 0; p < count; p++, o += 8) {
            double e0 = x0 - points[o];
            double e1 = x1 - points[o + 1];
            double e2 = x2 - points[o + 2];
            double e3 = x3 - points[o + 3];
            double e4 = x4 - points[o + 4];
            double e5 = x5 - points[o + 5];
            double e6 = x6 - points[o + 6];
            double e7 = x7 - points[o + 7];
            double sum = e0 * e0;
            sum += e1 * e1;
            sum += e2 * e2;
            sum += e3 * e3;
            sum += e4 * e4;
            sum += e5 * e5;
            sum += e6 * e6;
            sum += e7 * e7;
            out[p] = sum;
        }
    }
}
