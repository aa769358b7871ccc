package io.personae.analytics.personas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/// A real customer standing for a segment: the one nearest the segment's centre in the scaled
/// space segmentation worked in (its medoid in the k-means sense), shown as a record so people
/// meet a customer rather than an average nobody is.
///
/// @param index      the customer's row in the customer table
/// @param id         the customer's key
/// @param email      `null` where unknown
/// @param firstName  `null` where unknown
/// @param lastName   `null` where unknown
/// @param features   feature name to value, in the table's order; NaN where missing
/// @param categories category name to value, in the table's order; categories the customer has no
///                   value for are left out
public record TypicalCustomer(int index, String id, String email, String firstName, String lastName,
        Map<String, Double> features, Map<String, String> categories) {

    public TypicalCustomer {
        Objects.requireNonNull(id, "id");
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        if (index < 0) {
            throw new IllegalArgumentException("A customer's row is not negative");
        }
    }
}
