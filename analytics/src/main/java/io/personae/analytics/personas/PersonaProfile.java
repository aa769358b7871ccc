package io.personae.analytics.personas;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/// Everything a persona card or a compare view shows about one segment.
///
/// @param segment       the segment's index in its run
/// @param number        the number users see (identity + 1), stable across re-runs
/// @param size          customers in the segment
/// @param customerShare share of all customers in the table, 0..1
/// @param revenueShare  share of total spend, 0..1; NaN when the data has no spend column
/// @param profitShare   share of total margin or profit, 0..1; NaN when the data has no
///                      feature named after margin or profit (see [ColumnRoles#profitFeature])
/// @param features      each feature against the base, in the table's order
/// @param categories    each category column's make-up, in the table's order
/// @param typical       the segment's typical customer, `null` when it has none in the scaled
///                      space (a segment of customers with gaps)
public record PersonaProfile(int segment, int number, int size, double customerShare, double revenueShare,
        double profitShare, List<FeatureStats> features, List<CategoryMakeup> categories, TypicalCustomer typical) {

    public PersonaProfile {
        features = List.copyOf(features);
        categories = List.copyOf(categories);
        if (segment < 0 || size < 0 || !(customerShare >= 0 && customerShare <= 1)) {
            throw new IllegalArgumentException("A profile needs a segment, a size and a share between 0 and 1");
        }
    }

    /// The features that most set the segment apart: by the size of the effect, largest first,
    /// features whose effect cannot be told last.
    public List<FeatureStats> distinguishing() {
        return features.stream().sorted(Comparator.comparingDouble(FeatureStats::strength).reversed()).toList();
    }

    public Optional<TypicalCustomer> typicalCustomer() {
        return Optional.ofNullable(typical);
    }

    /// The feature of this name, if the table has it.
    public Optional<FeatureStats> feature(String name) {
        return features.stream().filter(f -> f.feature().equals(name)).findFirst();
    }

    public boolean hasRevenue() {
        return !Double.isNaN(revenueShare);
    }

    public boolean hasProfit() {
        return !Double.isNaN(profitShare);
    }
}
