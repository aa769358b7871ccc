package io.personae.analytics.personas;

import java.util.List;
import java.util.Objects;

/// The make-up of a segment on one category column (country, channel...) against the base.
///
/// @param category the column's name
/// @param shares   every value seen in the base, most common in the segment first (ties: most
///                 common in the base, then by value); missing values are not a value
public record CategoryMakeup(String category, List<CategoryShare> shares) {

    public CategoryMakeup {
        Objects.requireNonNull(category, "category");
        shares = List.copyOf(shares);
    }

    /// The `n` values most common in the segment.
    public List<CategoryShare> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return shares.subList(0, Math.min(n, shares.size()));
    }
}
