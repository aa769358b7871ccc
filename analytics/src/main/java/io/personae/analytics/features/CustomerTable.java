package io.personae.analytics.features;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/// One row per customer: identity, contact details and numeric features, held column-wise.
///
/// This is what segmentation works on and what exports draw contacts from. Arrays are not
/// copied (the table can hold a million customers); callers must not modify them.
///
/// @param ids        customer keys, unique, in a stable order
/// @param emails     email address per customer, `null` where unknown
/// @param firstNames first name per customer, `null` where unknown
/// @param lastNames  last name per customer, `null` where unknown
/// @param features   the feature columns, in order
/// @param values     `values[f][i]` is feature `f` of customer `i`; `NaN` where missing
/// @param categories categorical attributes, for profiling and optional use in segmentation
public record CustomerTable(
        String[] ids,
        String[] emails,
        String[] firstNames,
        String[] lastNames,
        List<Feature> features,
        double[][] values,
        List<CategoryColumn> categories) {

    /// A table without categorical attributes.
    public CustomerTable(String[] ids, String[] emails, String[] firstNames, String[] lastNames,
            List<Feature> features, double[][] values) {
        this(ids, emails, firstNames, lastNames, features, values, List.of());
    }

    public CustomerTable {
        Objects.requireNonNull(ids, "ids");
        features = List.copyOf(features);
        int n = ids.length;
        if (emails.length != n || firstNames.length != n || lastNames.length != n) {
            throw new IllegalArgumentException("Contact columns must have one entry per customer");
        }
        if (values.length != features.size()) {
            throw new IllegalArgumentException("One value column is needed per feature");
        }
        for (double[] column : values) {
            if (column.length != n) {
                throw new IllegalArgumentException("Every feature column needs one value per customer");
            }
        }
        categories = List.copyOf(categories);
        for (CategoryColumn category : categories) {
            if (category.values().length != n) {
                throw new IllegalArgumentException("Category '" + category.name() + "' needs one value per customer");
            }
        }
    }

    public int size() {
        return ids.length;
    }

    public List<String> featureNames() {
        return features.stream().map(Feature::name).toList();
    }

    /// The column holding each customer's total spend, if the data has one.
    public OptionalInt revenueFeature() {
        return IntStream.range(0, features.size()).filter(f -> features.get(f).revenue()).findFirst();
    }

    public double[] column(int feature) {
        return values[feature];
    }
}
