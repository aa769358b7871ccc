package io.personae.analytics.personas;

/// Medians per segment and overall by selection (quickselect) rather than sorting: linear time,
/// so a million customers take milliseconds per feature.
final class Medians {

    private Medians() {}

    /// `result[s]` is the median of segment `s`'s values, `result[k]` the median of every value
    /// (left-out customers included); NaN where there is no value. Missing values are skipped.
    static double[] of(double[] column, int[] assignment, int k) {
        int[] counts = new int[k + 1];
        for (int i = 0; i < column.length; i++) {
            if (!Double.isNaN(column[i])) {
                counts[k]++;
                if (assignment[i] >= 0) {
                    counts[assignment[i]]++;
                }
            }
        }
        int[] start = new int[k + 1];
        for (int s = 1; s < k; s++) {
            start[s] = start[s - 1] + counts[s - 1];
        }
        double[] grouped = new double[start[k - 1] + counts[k - 1]];
        double[] all = new double[counts[k]];
        int[] next = start.clone();
        int a = 0;
        for (int i = 0; i < column.length; i++) {
            double value = column[i];
            if (!Double.isNaN(value)) {
                all[a++] = value;
                if (assignment[i] >= 0) {
                    grouped[next[assignment[i]]++] = value;
                }
            }
        }
        double[] medians = new double[k + 1];
        for (int s = 0; s < k; s++) {
            medians[s] = median(grouped, start[s], start[s] + counts[s]);
        }
        medians[k] = median(all, 0, all.length);
        return medians;
    }

    /// The median of `values[from, to)`, reordering that range; NaN when it is empty.
    static double median(double[] values, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return Double.NaN;
        }
        int upper = from + n / 2;
        double high = select(values, from, to - 1, upper);
        if (n % 2 == 1) {
            return high;
        }
        // after selection everything left of `upper` is at most `high`: the lower middle is their maximum
        double low = values[from];
        for (int i = from + 1; i < upper; i++) {
            low = Math.max(low, values[i]);
        }
        return (low + high) / 2;
    }

    /// Hoare's selection: places the value of rank `target` at `target`, smaller ones left of it.
    private static double select(double[] a, int left, int right, int target) {
        while (left < right) {
            double pivot = medianOfThree(a[left], a[left + (right - left) / 2], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                right = j;
            } else if (target >= i) {
                left = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
