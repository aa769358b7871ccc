package io.personae.analytics.personas;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/// Finds the columns that play a part in profiles, scorecards and actions by their names: the
/// importer keeps the user's column names, and no mapping step asks for these roles.
///
/// decision: recognised by words in the name rather than by a new role in the import mapping;
/// the roles are optional extras, and a wrong guess only adds or drops one figure.
public final class ColumnRoles {

    private static final List<String> PROFIT_WORDS = List.of("margin", "profit");
    private static final List<String> CONSENT_WORDS = List.of("consent", "opt-in", "optin", "opt in", "opt_in",
            "subscribed", "subscription", "marketing");
    private static final Set<String> CONSENT_YES = Set.of("yes", "y", "true", "1", "subscribed", "opted in",
            "opt-in", "opted-in", "granted");

    private ColumnRoles() {}

    /// The first feature named after margin or profit.
    public static OptionalInt profitFeature(CustomerTable table) {
        return firstFeature(table, PROFIT_WORDS);
    }

    /// What a customer is worth so far: the spend column, or for customer-level data without
    /// one, the first money feature (income, order value).
    public static OptionalInt valueFeature(CustomerTable table) {
        OptionalInt revenue = table.revenueFeature();
        if (revenue.isPresent()) {
            return revenue;
        }
        List<Feature> features = table.features();
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).kind() == FeatureKind.MONEY) {
                return OptionalInt.of(f);
            }
        }
        return OptionalInt.empty();
    }

    /// The feature of exactly this name.
    public static OptionalInt feature(CustomerTable table, String name) {
        List<Feature> features = table.features();
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).name().equals(name)) {
                return OptionalInt.of(f);
            }
        }
        return OptionalInt.empty();
    }

    /// Per customer, whether they gave marketing consent, from the first category or feature
    /// named after consent, opt-in, subscription or marketing; empty when the data has none.
    /// Yes, y, true, 1, subscribed, opted in and granted count as consent; anything else,
    /// including a missing value, does not.
    public static Optional<boolean[]> consent(CustomerTable table) {
        for (CategoryColumn category : table.categories()) {
            if (matches(category.name(), CONSENT_WORDS)) {
                String[] values = category.values();
                boolean[] consent = new boolean[values.length];
                for (int i = 0; i < values.length; i++) {
                    consent[i] = values[i] != null && CONSENT_YES.contains(values[i].strip().toLowerCase(Locale.ROOT));
                }
                return Optional.of(consent);
            }
        }
        OptionalInt f = firstFeature(table, CONSENT_WORDS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        double[] column = table.column(f.getAsInt());
        boolean[] consent = new boolean[column.length];
        for (int i = 0; i < column.length; i++) {
            consent[i] = column[i] > 0;
        }
        return Optional.of(consent);
    }

    /// The name of the column [#consent] reads, for reasons users read.
    public static Optional<String> consentColumn(CustomerTable table) {
        for (CategoryColumn category : table.categories()) {
            if (matches(category.name(), CONSENT_WORDS)) {
                return Optional.of(category.name());
            }
        }
        OptionalInt f = firstFeature(table, CONSENT_WORDS);
        return f.isPresent() ? Optional.of(table.features().get(f.getAsInt()).name()) : Optional.empty();
    }

    private static OptionalInt firstFeature(CustomerTable table, List<String> words) {
        List<Feature> features = table.features();
        for (int f = 0; f < features.size(); f++) {
            if (matches(features.get(f).name(), words)) {
                return OptionalInt.of(f);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean matches(String name, List<String> words) {
        String lower = name.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }
}
