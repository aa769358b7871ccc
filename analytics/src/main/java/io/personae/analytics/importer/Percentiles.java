package io.personae.analytics.importer;

import java.util.Arrays;

/// Percentiles by linear interpolation between the closest ranks (as spreadsheets' PERCENTILE).
final class Percentiles {

    private Percentiles() {
    }

    /// The `p`th percentile (0..100) of `sorted`, which must be sorted and not empty.
    static double of(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    /// Caps the non-NaN values of `values` to the `p`th percentile above and the `100 - p`th
    /// below, in place; returns how many values were changed.
    static long cap(double[] values, int size, double p) {
        double[] sorted = Arrays.stream(values, 0, size).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        double high = of(sorted, p);
        double low = of(sorted, 100 - p);
        long changed = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] > high) {
                values[i] = high;
                changed++;
            } else if (values[i] < low) {
                values[i] = low;
                changed++;
            }
        }
        return changed;
    }
}
