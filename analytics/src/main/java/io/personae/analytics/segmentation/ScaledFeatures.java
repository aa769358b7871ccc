package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// The customer table as k-means sees it: usable features only, gaps filled, skewed features
/// log-transformed, every column standardised, laid out row-major.
///
/// Standardising gives every feature the same say in the distance; without it a spend in
/// pounds would drown a count of orders.
///
/// @param names  features kept, in table order
/// @param values `n * d` values, customer `i` at `[i * d, (i + 1) * d)`
/// @param n      customers
/// @param d      features kept
record ScaledFeatures(List<String> names, double[] values, int n, int d) {

    ScaledFeatures {
        names = List.copyOf(names);
    }

    /// @throws SegmentationException when a value is infinite or no feature varies
    static ScaledFeatures of(CustomerTable table) throws SegmentationException {
        int n = table.size();
        List<Integer> kept = new ArrayList<>();
        for (int f = 0; f < table.features().size(); f++) {
            checkFinite(table, f);
            if (varies(table.column(f))) {
                kept.add(f);
            }
        }
        if (kept.isEmpty()) {
            throw new SegmentationException("No feature varies between customers (each is constant or empty), "
                    + "so there is nothing to segment on. Import data with at least one column that differs.");
        }
        int d = kept.size();
        double[] values = new double[n * d];
        List<String> names = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            Feature feature = table.features().get(kept.get(j));
            names.add(feature.name());
            double[] column = prepared(table.column(kept.get(j)), feature.kind().isSkewed());
            for (int i = 0; i < n; i++) {
                values[i * d + j] = column[i];
            }
        }
        return new ScaledFeatures(names, values, n, d);
    }

    private static void checkFinite(CustomerTable table, int f) throws SegmentationException {
        double[] column = table.column(f);
        for (int i = 0; i < column.length; i++) {
            if (Double.isInfinite(column[i])) {
                throw new SegmentationException("Feature \"" + table.features().get(f).name()
                        + "\" is infinite for customer " + table.ids()[i]
                        + ". Fix that value in the source file (or leave it empty) and import again.");
            }
        }
    }

    /// Whether the present (non-NaN) values take at least two different values.
    private static boolean varies(double[] column) {
        double first = Double.NaN;
        for (double value : column) {
            if (Double.isNaN(value)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = value;
            } else if (value != first) {
                return true;
            }
        }
        return false;
    }

    /// Median-imputed, optionally sign-preserving `log1p`, then z-scored (population SD).
    private static double[] prepared(double[] raw, boolean skewed) {
        double fill = median(raw);
        int n = raw.length;
        double[] column = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double value = Double.isNaN(raw[i]) ? fill : raw[i];
            if (skewed) {
                value = Math.copySign(Math.log1p(Math.abs(value)), value);
            }
            column[i] = value;
            sum += value;
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : column) {
            squares += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(squares / n);
        double scale = sd > 0 ? 1 / sd : 0;
        for (int i = 0; i < n; i++) {
            column[i] = (column[i] - mean) * scale;
        }
        return column;
    }

    /// Median of the non-NaN values; only sorts when something is missing.
    private static double median(double[] raw) {
        int missing = 0;
        for (double value : raw) {
            if (Double.isNaN(value)) {
                missing++;
            }
        }
        if (missing == 0) {
            return 0;
        }
        double[] present = new double[raw.length - missing];
        int p = 0;
        for (double value : raw) {
            if (!Double.isNaN(value)) {
                present[p++] = value;
            }
        }
        Arrays.sort(present);
        int middle = present.length / 2;
        return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }
}
