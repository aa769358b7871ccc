package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import java.util.ArrayList;
import java.util.List;

/// The customer table as the algorithms see it: the chosen features scaled as chosen, the chosen
/// categories one-hot encoded after them, gaps filled, laid out row-major.
///
/// Scaling gives every feature the same say in the distance; without it a spend in pounds would
/// drown a count of orders. Every customer has a row (gaps filled with the median, categories
/// with the most common value) so the chart can place everyone; [#rows()] says which customers
/// the algorithm itself clusters, which leaves out customers with gaps under
/// [MissingValues#DROP] and [MissingValues#OWN_CATEGORY].
///
/// @param names      column names: the features, then one `Category: value` per category value
/// @param values     `n * d` values, customer `i` at `[i * d, (i + 1) * d)`
/// @param n          customers (all of the table)
/// @param d          columns
/// @param numeric    how many leading columns are numeric features (the rest are one-hot)
/// @param categories the categories used, as codes
/// @param rows       the customers the algorithm clusters, ascending
/// @param selection  what was chosen and the summary for users
record ScaledFeatures(List<String> names, double[] values, int n, int d, int numeric, List<CategoryCodes> categories,
        int[] rows, FeatureSelection selection) {

    ScaledFeatures {
        names = List.copyOf(names);
        categories = List.copyOf(categories);
    }

    /// Every feature that varies, automatic scaling, gaps filled with the median.
    ///
    /// @throws SegmentationException when a value is infinite or no feature varies
    static ScaledFeatures of(CustomerTable table) throws SegmentationException {
        return of(table, SegmentationOptions.withK(SegmentationOptions.MIN_K));
    }

    /// The table prepared as `options` ask.
    ///
    /// @throws SegmentationException when the options do not fit the table; the message says
    ///                               what to change
    static ScaledFeatures of(CustomerTable table, SegmentationOptions options) throws SegmentationException {
        FeatureSelection selection = FeatureSelection.of(table, options);
        int n = table.size();
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int j = 0; j < selection.features().length; j++) {
            Feature feature = table.features().get(selection.features()[j]);
            names.add(feature.name());
            columns.add(ColumnScaling.scale(table.column(selection.features()[j]), selection.scalings()[j]));
        }
        int numeric = columns.size();
        List<CategoryCodes> categories = new ArrayList<>();
        for (int c : selection.categories()) {
            var column = table.categories().get(c);
            CategoryCodes codes = CategoryCodes.of(column.name(), column.values());
            categories.add(codes);
            for (int level = 0; level < codes.levels().size(); level++) {
                names.add(codes.name() + ": " + codes.levels().get(level));
                double[] oneHot = new double[n];
                for (int i = 0; i < n; i++) {
                    oneHot[i] = codes.codes()[i] == level ? codes.weight() : 0;
                }
                columns.add(oneHot);
            }
        }
        int d = columns.size();
        double[] values = new double[n * d];
        for (int j = 0; j < d; j++) {
            double[] column = columns.get(j);
            for (int i = 0; i < n; i++) {
                values[i * d + j] = column[i];
            }
        }
        int[] rows = options.missing() == MissingValues.MEDIAN ? everyone(n) : complete(selection.gaps());
        return new ScaledFeatures(names, values, n, d, numeric, categories, rows, selection);
    }

    /// The rows the algorithm clusters, row-major (the same array when that is everyone).
    double[] rowValues() {
        if (rows.length == n) {
            return values;
        }
        double[] subset = new double[rows.length * d];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(values, rows[r] * d, subset, r * d, d);
        }
        return subset;
    }

    /// The numeric columns of the clustered rows, row-major: what k-prototypes measures with
    /// squared distances.
    double[] numericRows() {
        double[] subset = new double[rows.length * numeric];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(values, rows[r] * d, subset, r * numeric, numeric);
        }
        return subset;
    }

    /// The category codes of the clustered rows, row-major (one code per category).
    int[] categoryRows() {
        int c = categories.size();
        int[] subset = new int[rows.length * c];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < c; j++) {
                subset[r * c + j] = categories.get(j).codes()[rows[r]];
            }
        }
        return subset;
    }

    SegmentationInputs inputs() {
        return selection.inputs();
    }

    private static int[] everyone(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static int[] complete(boolean[] gaps) {
        int count = 0;
        for (boolean gap : gaps) {
            count += gap ? 0 : 1;
        }
        int[] rows = new int[count];
        int r = 0;
        for (int i = 0; i < gaps.length; i++) {
            if (!gaps[i]) {
                rows[r++] = i;
            }
        }
        return rows;
    }
}
