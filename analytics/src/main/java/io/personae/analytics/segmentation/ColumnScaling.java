package io.personae.analytics.segmentation;

import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.features.OrderStatistics;
import java.util.Arrays;

/// Puts one feature column on a common scale, as the user chose ([Scaling]).
///
/// Statistics (mean, spread, ranks) come from the present values only; a gap (NaN) is filled
/// with the median of the present values before the transform, so it lands where a typical
/// customer would and does not pull the statistics towards itself.
final class ColumnScaling {

    private ColumnScaling() {}

    /// What [Scaling#AUTO] means for a feature of this kind: log for money and counts (a few big
    /// spenders would otherwise get segments of their own), standardise otherwise.
    static Scaling resolve(Scaling scaling, FeatureKind kind) {
        if (scaling != Scaling.AUTO) {
            return scaling;
        }
        return kind.isSkewed() ? Scaling.LOG : Scaling.STANDARDISE;
    }

    /// The scaled column, one value per customer, gaps filled.
    ///
    /// decision: order statistics by selection, and only those the scaling needs. Sorting every
    /// column of a million customers took most of the preparation of the features (the k sweep
    /// prepares them once, the slider on every move); standardising and log need the median
    /// only to fill gaps, robust scaling needs three quantiles, and only rank scaling needs the
    /// full sort.
    ///
    /// @param raw     the feature's values, `NaN` where missing; at least one present value
    /// @param scaling a resolved scaling (not [Scaling#AUTO])
    static double[] scale(double[] raw, Scaling scaling) {
        if (scaling == Scaling.AUTO) {
            throw new IllegalArgumentException("Resolve AUTO to a scaling first");
        }
        double[] present = present(raw);
        if (scaling == Scaling.RANK) {
            Arrays.sort(present);
            return ranked(filled(raw, quantile(present, 0.5), present.length), present);
        }
        boolean gaps = present.length < raw.length;
        if (scaling == Scaling.ROBUST) {
            double[] order = present.clone();
            double median = selectQuantile(order, 0.5);
            double iqr = selectQuantile(order, 0.75) - selectQuantile(order, 0.25);
            return robust(filled(raw, median, present.length), present, median, iqr);
        }
        double[] filled = gaps ? filled(raw, selectQuantile(present.clone(), 0.5), present.length) : raw;
        return scaling == Scaling.LOG ? standardised(logged(filled), logged(present)) : standardised(filled, present);
    }

    /// `raw` with each gap replaced by `median` (a copy; `raw` itself when it has no gap).
    private static double[] filled(double[] raw, double median, int presentCount) {
        if (presentCount == raw.length) {
            return raw;
        }
        double[] filled = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            filled[i] = Double.isNaN(raw[i]) ? median : raw[i];
        }
        return filled;
    }

    /// z-scores with the population standard deviation of the present values.
    private static double[] standardised(double[] values, double[] present) {
        double mean = mean(present);
        double sd = sd(present, mean);
        double scale = sd > 0 ? 1 / sd : 0;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (values[i] - mean) * scale;
        }
        return out;
    }

    /// `(x - median) / IQR`.
    ///
    /// decision: when the interquartile range is zero (more than half the customers share one
    /// value, common for order counts) the standard deviation divides instead, still around the
    /// median; dividing by zero would make the feature useless or infinite.
    private static double[] robust(double[] values, double[] present, double median, double iqr) {
        double spread = iqr > 0 ? iqr : sd(present, mean(present));
        double scale = spread > 0 ? 1 / spread : 0;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (values[i] - median) * scale;
        }
        return out;
    }

    /// Average rank of each value among the present values, scaled to 0..1 (ties share the mean
    /// of their ranks). A filled gap holds the median, so it ranks in the middle.
    private static double[] ranked(double[] values, double[] present) {
        int m = present.length;
        double[] out = new double[values.length];
        if (m < 2) {
            return out;
        }
        for (int i = 0; i < values.length; i++) {
            int below = lowerBound(present, values[i]);
            int upTo = upperBound(present, values[i]);
            // ranks below+1 .. upTo (1-based) are tied at this value; a value not present sits
            // between its neighbours
            double averageRank = upTo > below ? (below + 1 + upTo) / 2.0 : below + 0.5;
            out[i] = (averageRank - 1) / (m - 1);
        }
        return out;
    }

    /// Sign-preserving `log1p`, so refunds (negative spend) stay negative.
    private static double[] logged(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.copySign(Math.log1p(Math.abs(values[i])), values[i]);
        }
        return out;
    }

    static double[] sortedPresent(double[] raw) {
        double[] present = present(raw);
        Arrays.sort(present);
        return present;
    }

    /// The present (non-NaN) values of `raw`, in their order.
    private static double[] present(double[] raw) {
        int count = 0;
        for (double value : raw) {
            if (!Double.isNaN(value)) {
                count++;
            }
        }
        if (count == raw.length) {
            return raw.clone();
        }
        double[] present = new double[count];
        int p = 0;
        for (double value : raw) {
            if (!Double.isNaN(value)) {
                present[p++] = value;
            }
        }
        return present;
    }

    /// [#quantile(double[], double)] of unsorted `values` without sorting them: Hoare's
    /// selection finds the two order statistics it interpolates between in linear time. It
    /// reorders `values`.
    static double selectQuantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double position = p * (values.length - 1);
        int low = (int) Math.floor(position);
        double lower = OrderStatistics.select(values, 0, values.length, low);
        if (low + 1 >= values.length || position == low) {
            return lower;
        }
        // after selecting, everything right of `low` is at least as large: its minimum is next
        double higher = Double.POSITIVE_INFINITY;
        for (int i = low + 1; i < values.length; i++) {
            higher = Math.min(higher, values[i]);
        }
        return lower + (position - low) * (higher - lower);
    }

    /// Linear interpolation between order statistics (the usual "type 7" quantile).
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double sd(double[] values, double mean) {
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return values.length == 0 ? 0 : Math.sqrt(squares / values.length);
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
