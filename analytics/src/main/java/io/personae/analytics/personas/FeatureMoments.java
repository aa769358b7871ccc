package io.personae.analytics.personas;

/// Counts, means and variances of one feature per segment and for the rest of the customers, in
/// one pass over the column, for lifts and effect sizes.
///
/// Values are shifted by the column's first value before squaring, so sums of squares of large
/// figures (spend in the millions) keep their precision.
///
/// @param counts  customers with a value, per segment
/// @param means   mean per segment; NaN for a segment without values
/// @param m2      sum of squared deviations from the segment's mean, per segment
/// @param total   customers with a value in the whole table (left-out customers included)
/// @param mean    mean over the whole table
/// @param totalM2 sum of squared deviations from `mean` over the whole table
record FeatureMoments(long[] counts, double[] means, double[] m2, long total, double mean, double totalM2) {

    /// @param assignment segment of each customer; -1 (left out) counts only in the whole
    static FeatureMoments of(double[] column, int[] assignment, int k) {
        long[] counts = new long[k];
        double[] sums = new double[k];
        double[] squares = new double[k];
        double shift = Double.NaN;
        long total = 0;
        double totalSum = 0;
        double totalSquares = 0;
        for (int i = 0; i < column.length; i++) {
            double value = column[i];
            if (Double.isNaN(value)) {
                continue;
            }
            if (Double.isNaN(shift)) {
                shift = value;
            }
            double x = value - shift;
            total++;
            totalSum += x;
            totalSquares += x * x;
            int s = assignment[i];
            if (s >= 0) {
                counts[s]++;
                sums[s] += x;
                squares[s] += x * x;
            }
        }
        double[] means = new double[k];
        double[] m2 = new double[k];
        for (int s = 0; s < k; s++) {
            means[s] = counts[s] == 0 ? Double.NaN : shift + sums[s] / counts[s];
            m2[s] = counts[s] == 0 ? 0 : Math.max(0, squares[s] - sums[s] * sums[s] / counts[s]);
        }
        double mean = total == 0 ? Double.NaN : shift + totalSum / total;
        double totalM2 = total == 0 ? 0 : Math.max(0, totalSquares - totalSum * totalSum / total);
        return new FeatureMoments(counts, means, m2, total, mean, totalM2);
    }

    /// Cohen's d of segment `s` against every other customer with a value (those left out of the
    /// run included): the difference of the two means over the pooled standard deviation
    /// `sqrt(((n1 - 1) v1 + (n2 - 1) v2) / (n1 + n2 - 2))`, with sample variances `v`.
    ///
    /// decision: against the rest rather than against the whole base, which holds the segment
    /// itself and so understates how far a large segment stands apart; pooled rather than the
    /// rest's own spread, the textbook form people can look up. Read 0.2 as small, 0.5 as
    /// medium, 0.8 and beyond as large.
    ///
    /// @return NaN when either side has no customer, or the pooled spread is zero
    double cohensD(int s) {
        long n1 = counts[s];
        long n2 = total - n1;
        if (n1 == 0 || n2 == 0 || n1 + n2 <= 2) {
            return Double.NaN;
        }
        double mean1 = means[s];
        double mean2 = (mean * total - mean1 * n1) / n2;
        // the rest's squared deviations: the whole's, less the segment's, less what the two
        // means' distance from the overall mean accounts for
        double m2Rest = totalM2 - m2[s] - n1 * sq(mean1 - mean) - n2 * sq(mean2 - mean);
        double pooled = Math.sqrt(Math.max(0, m2[s] + Math.max(0, m2Rest)) / (n1 + n2 - 2));
        return pooled == 0 ? Double.NaN : (mean1 - mean2) / pooled;
    }

    private static double sq(double x) {
        return x * x;
    }
}
