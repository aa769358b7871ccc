package io.personae.analytics.importer;

import io.personae.analytics.features.OrderStatistics;

/// The smallest and largest of a column's numbers and how many lie beyond 1.5 interquartile
/// ranges outside the quartiles (quartiles as [Percentiles#of] takes them), for the quality report.
///
/// decision: the quartiles are found by selection rather than by sorting the column: two
/// partial partitions of a million numbers instead of a full sort of them, with the same
/// figures, since an order statistic is the same value however it is found.
///
/// @param min      the smallest number
/// @param max      the largest number
/// @param outliers numbers below `q1 - 1.5 (q3 - q1)` or above `q3 + 1.5 (q3 - q1)`
record NumberSpread(double min, double max, long outliers) {

    /// The spread of `values[0..count)`, which must not be empty; `values` is reordered.
    static NumberSpread of(double[] values, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A spread needs at least one number");
        }
        double q1 = percentile(values, count, 25, 0);
        double q3 = percentile(values, count, 75, (int) Math.floor(0.25 * (count - 1)));
        double fence = 1.5 * (q3 - q1);
        double min = values[0];
        double max = values[0];
        long outliers = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
            outliers += v < q1 - fence || v > q3 + fence ? 1 : 0;
        }
        return new NumberSpread(min, max, outliers);
    }

    /// [Percentiles#of] of `values[0..count)` as if sorted; `values[0..from)` must already hold
    /// the `from` smallest numbers.
    private static double percentile(double[] values, int count, double p, int from) {
        double rank = p / 100 * (count - 1);
        int low = (int) Math.floor(rank);
        double lower = OrderStatistics.select(values, from, count, low);
        if (low + 1 >= count) {
            return lower;
        }
        // everything after `low` is at least `lower` now: the next order statistic is their minimum
        double upper = values[low + 1];
        for (int i = low + 2; i < count; i++) {
            upper = Math.min(upper, values[i]);
        }
        return lower + (rank - low) * (upper - lower);
    }
}
