package io.personae.analytics.features;

import java.util.Objects;

/// A categorical attribute of each customer (country, gender, channel, favourite category...).
///
/// Used for profiling personas and, when the user asks, in segmentation through one-hot
/// encoding or k-modes. The array is not copied; callers must not modify it.
///
/// @param name   shown to users, for example "Country"
/// @param values one value per customer, in the customer table's order; `null` where missing
public record CategoryColumn(String name, String[] values) {

    public CategoryColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A category column needs a name");
        }
    }
}
