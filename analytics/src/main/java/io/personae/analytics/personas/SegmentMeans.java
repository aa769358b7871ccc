package io.personae.analytics.personas;

/// Per-segment and overall means and sums of each feature, on the original values, ignoring
/// missing ones.
///
/// decision: plain arrays, one pass, rather than a Tablesaw `summarize(...).by("segment")`.
/// Measured on 1,000,000 customers x 5 features, 6 segments (2 shared cores): Tablesaw took
/// 560-790 ms once warm (7.3 s on first use, scanning its classpath) against 30-45 ms for
/// this loop, far beyond the 3x we would pay for less code; and this needs no copy of the data.
///
/// @param segmentMeans `segmentMeans[s][f]`, NaN when the segment has no value for `f`
/// @param overallMeans `overallMeans[f]` over every customer, NaN when no customer has a value for `f`
/// @param segmentSums  `segmentSums[s][f]`, missing values counted as nothing
/// @param overallSums  `overallSums[f]` over every customer
record SegmentMeans(double[][] segmentMeans, double[] overallMeans, double[][] segmentSums, double[] overallSums) {

    /// @param assignment segment of each customer, -1 for one left out of the segmentation: such
    ///                   customers count in no segment but do count in the overall means and sums,
    ///                   which describe the whole customer base
    static SegmentMeans of(double[][] columns, int[] assignment, int k) {
        int features = columns.length;
        double[][] sums = new double[k][features];
        long[][] counts = new long[k][features];
        double[] overallSums = new double[features];
        double[] overallMeans = new double[features];
        for (int f = 0; f < features; f++) {
            double[] column = columns[f];
            long total = 0;
            for (int i = 0; i < assignment.length; i++) {
                double value = column[i];
                if (Double.isNaN(value)) {
                    continue;
                }
                overallSums[f] += value;
                total++;
                int s = assignment[i];
                if (s >= 0) {
                    sums[s][f] += value;
                    counts[s][f]++;
                }
            }
            overallMeans[f] = total == 0 ? Double.NaN : overallSums[f] / total;
        }
        double[][] means = new double[k][features];
        for (int s = 0; s < k; s++) {
            for (int f = 0; f < features; f++) {
                means[s][f] = counts[s][f] == 0 ? Double.NaN : sums[s][f] / counts[s][f];
            }
        }
        return new SegmentMeans(means, overallMeans, sums, overallSums);
    }
}
