package io.personae.analytics.segmentation;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.TransactionFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Which columns of the table a run uses, checked: the chosen features (or all that vary), the
/// chosen categories, and which customers have gaps in them.
///
/// Every problem a user can cause is a [SegmentationException] saying what to change. A feature
/// the user chose explicitly must be usable; in the default all-features mode a useless one is
/// left out with a note instead, so importing a file with a constant column still just works.
///
/// @param features   table index of each numeric feature used
/// @param scalings   resolved scaling of each (never [Scaling#AUTO])
/// @param categories index in `table.categories()` of each category used
/// @param gaps       whether each customer has a gap in any feature or category used
/// @param inputs     the summary shown to users
record FeatureSelection(int[] features, Scaling[] scalings, int[] categories, boolean[] gaps,
        SegmentationInputs inputs) {

    /// Categories with more values than this cannot be one-hot encoded usefully (each value
    /// becomes a column); they are for profiling, or for k-prototypes.
    static final int MAX_ONE_HOT_LEVELS = 50;

    static final List<String> RFM_FEATURES =
            List.of(TransactionFeatures.RECENCY, TransactionFeatures.FREQUENCY, TransactionFeatures.MONETARY);

    static FeatureSelection of(CustomerTable table, SegmentationOptions options) throws SegmentationException {
        List<String> notes = new ArrayList<>();
        List<Integer> featureIndex = new ArrayList<>();
        List<Scaling> chosenScaling = new ArrayList<>();
        List<Integer> categoryIndex = new ArrayList<>();
        if (options.method() == Method.RFM) {
            selectRfm(table, featureIndex, chosenScaling);
            if (!options.features().isEmpty() || !options.categories().isEmpty()) {
                notes.add("RFM scoring uses recency, frequency and monetary value only; the chosen features and categories are not used.");
            }
        } else {
            selectFeatures(table, options.features(), featureIndex, chosenScaling, notes);
            selectCategories(table, options, categoryIndex);
        }
        if (featureIndex.isEmpty() && categoryIndex.isEmpty()) {
            throw new SegmentationException("No feature varies between customers (each is constant or empty), "
                    + "so there is nothing to segment on. Import data with at least one column that differs, "
                    + "or choose a category column.");
        }
        int n = table.size();
        boolean[] gaps = new boolean[n];
        Map<String, Integer> gapsByFeature = new LinkedHashMap<>();
        List<FeatureChoice> used = new ArrayList<>();
        Scaling[] scalings = new Scaling[featureIndex.size()];
        for (int j = 0; j < featureIndex.size(); j++) {
            Feature feature = table.features().get(featureIndex.get(j));
            scalings[j] = ColumnScaling.resolve(chosenScaling.get(j), feature.kind());
            used.add(new FeatureChoice(feature.name(), scalings[j]));
            double[] column = table.column(featureIndex.get(j));
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(column[i])) {
                    gaps[i] = true;
                    count++;
                }
            }
            if (count > 0) {
                gapsByFeature.put(feature.name(), count);
            }
        }
        List<String> categoryNames = new ArrayList<>();
        for (int c : categoryIndex) {
            CategoryColumn category = table.categories().get(c);
            categoryNames.add(category.name());
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (category.values()[i] == null) {
                    gaps[i] = true;
                    count++;
                }
            }
            if (count > 0) {
                gapsByFeature.put(category.name(), count);
            }
        }
        int withGaps = 0;
        for (boolean gap : gaps) {
            withGaps += gap ? 1 : 0;
        }
        SegmentationInputs inputs = new SegmentationInputs(options.method(), used, categoryNames, options.missing(), n,
                withGaps, gapsByFeature, notes);
        return new FeatureSelection(featureIndex.stream().mapToInt(Integer::intValue).toArray(), scalings,
                categoryIndex.stream().mapToInt(Integer::intValue).toArray(), gaps, inputs);
    }

    /// Customers without a gap, the ones the algorithm sees under [MissingValues#DROP] and
    /// [MissingValues#OWN_CATEGORY].
    int complete() {
        int count = 0;
        for (boolean gap : gaps) {
            count += gap ? 0 : 1;
        }
        return count;
    }

    private static void selectRfm(CustomerTable table, List<Integer> featureIndex, List<Scaling> scaling)
            throws SegmentationException {
        List<String> names = table.featureNames();
        List<String> absent = RFM_FEATURES.stream().filter(name -> !names.contains(name)).toList();
        if (!absent.isEmpty()) {
            throw new SegmentationException("RFM scoring needs order data (recency, frequency, monetary), and this "
                    + "data has no " + String.join(", ", absent) + ". Import an order file (one row per order "
                    + "with customer, date and amount), or choose another method.");
        }
        for (String name : RFM_FEATURES) {
            int f = names.indexOf(name);
            checkFinite(table, f);
            if (!varies(table.column(f))) {
                throw new SegmentationException("\"" + name + "\" is the same for every customer, so RFM scores "
                        + "cannot tell customers apart. Choose another method.");
            }
            featureIndex.add(f);
            scaling.add(Scaling.AUTO);
        }
    }

    private static void selectFeatures(CustomerTable table, List<FeatureChoice> chosen, List<Integer> featureIndex,
            List<Scaling> scaling, List<String> notes) throws SegmentationException {
        List<String> names = table.featureNames();
        if (chosen.isEmpty()) {
            for (int f = 0; f < names.size(); f++) {
                checkFinite(table, f);
                if (varies(table.column(f))) {
                    featureIndex.add(f);
                    scaling.add(Scaling.AUTO);
                } else {
                    notes.add("Left out " + names.get(f) + ": the same for every customer, or empty.");
                }
            }
            return;
        }
        for (FeatureChoice choice : chosen) {
            int f = names.indexOf(choice.feature());
            if (f < 0) {
                throw new SegmentationException("There is no feature \"" + choice.feature() + "\". Choose from: "
                        + (names.isEmpty() ? "(none: this data has no numeric features)" : String.join(", ", names)) + ".");
            }
            checkFinite(table, f);
            if (!varies(table.column(f))) {
                throw new SegmentationException("Feature \"" + choice.feature() + "\" is the same for every customer "
                        + "(or empty), so it cannot tell customers apart. Remove it from the chosen features.");
            }
            featureIndex.add(f);
            scaling.add(choice.scaling());
        }
    }

    private static void selectCategories(CustomerTable table, SegmentationOptions options, List<Integer> categoryIndex)
            throws SegmentationException {
        List<String> available = table.categories().stream().map(CategoryColumn::name).toList();
        for (String name : options.categories()) {
            int c = available.indexOf(name);
            if (c < 0) {
                throw new SegmentationException("There is no category column \"" + name + "\". Choose from: "
                        + (available.isEmpty() ? "(none: this data has no category columns)" : String.join(", ", available))
                        + ".");
            }
            if (categoryIndex.contains(c)) {
                throw new SegmentationException("Category \"" + name + "\" was chosen twice. Choose it once.");
            }
            int levels = CategoryCodes.levels(table.categories().get(c).values()).size();
            if (levels < 2) {
                throw new SegmentationException("Category \"" + name + "\" has " + (levels == 0 ? "no values" : "a single value")
                        + ", so it cannot tell customers apart. Remove it from the chosen categories.");
            }
            if (levels > MAX_ONE_HOT_LEVELS && options.method() != Method.K_PROTOTYPES) {
                throw new SegmentationException("Category \"" + name + "\" has " + levels + " different values; "
                        + options.method().label() + " can use a category with at most " + MAX_ONE_HOT_LEVELS
                        + ". Use it for profiling only, choose k-prototypes, or group its values before importing.");
            }
            categoryIndex.add(c);
        }
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
}
