package io.personae.analytics.features;

import java.util.Objects;

/// One column of the customer table: a name users read, and what it measures.
///
/// @param name    shown to users, for example "Recency (days)"
/// @param kind    what it measures
/// @param revenue whether this column is the customer's total spend, used for revenue shares
public record Feature(String name, FeatureKind kind, boolean revenue) {

    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A feature needs a name");
        }
    }
}
