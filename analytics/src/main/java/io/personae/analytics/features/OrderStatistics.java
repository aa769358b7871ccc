package io.personae.analytics.features;

/// Order statistics of a column of numbers without sorting it, for the quartiles of the data
/// quality report and the medians and quartiles of feature scaling: a selection partitions a
/// million numbers in linear time where a sort takes `n log n`, and gives the same value, since
/// an order statistic is the same however it is found.
public final class OrderStatistics {

    private OrderStatistics() {
    }

    /// Puts the `k`th smallest of `values[from..to)` at `k`, smaller ones before it and larger
    /// ones after, and returns it (Hoare's selection with a median-of-three pivot).
    public static double select(double[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < values[lo]) {
                swap(values, lo, mid);
            }
            if (values[hi] < values[lo]) {
                swap(values, lo, hi);
            }
            if (values[hi] < values[mid]) {
                swap(values, mid, hi);
            }
            double pivot = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static void swap(double[] values, int a, int b) {
        double t = values[a];
        values[a] = values[b];
        values[b] = t;
    }
}
