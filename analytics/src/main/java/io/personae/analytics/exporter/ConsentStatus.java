package io.personae.analytics.exporter;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ColumnRoles;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/// Each customer's consent in Klaviyo's three words, from the column [ColumnRoles#consent] reads.
///
/// decision: consent as [ColumnRoles] reads it is "Subscribed"; a recorded refusal or withdrawal
/// ("no", "false", "0", "unsubscribed", "opted out"...) is "Unsubscribed"; a blank or anything
/// else is "Never subscribed", since nobody asked or the answer is not known.
final class ConsentStatus {

    static final String SUBSCRIBED = "Subscribed";
    static final String UNSUBSCRIBED = "Unsubscribed";
    static final String NEVER = "Never subscribed";

    private static final Set<String> REFUSED = Set.of("no", "n", "false", "0", "unsubscribed", "opted out", "opt-out",
            "opted-out", "optout", "declined", "withdrawn", "revoked", "denied");

    private ConsentStatus() {}

    /// Per customer the status, empty when the data records no consent.
    static Optional<String[]> of(CustomerTable table) {
        Optional<boolean[]> consent = ColumnRoles.consent(table);
        Optional<String> column = ColumnRoles.consentColumn(table);
        if (consent.isEmpty() || column.isEmpty()) {
            return Optional.empty();
        }
        boolean[] yes = consent.get();
        String[] status = new String[yes.length];
        String[] raw = rawValues(table, column.get());
        for (int i = 0; i < status.length; i++) {
            status[i] = yes[i] ? SUBSCRIBED : raw[i] != null && REFUSED.contains(raw[i]) ? UNSUBSCRIBED : NEVER;
        }
        return Optional.of(status);
    }

    /// The column's values as lower-case text; numbers as "1" and "0", blanks as `null`.
    private static String[] rawValues(CustomerTable table, String name) {
        for (CategoryColumn category : table.categories()) {
            if (category.name().equals(name)) {
                String[] values = new String[category.values().length];
                for (int i = 0; i < values.length; i++) {
                    String value = category.values()[i];
                    values[i] = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
                }
                return values;
            }
        }
        OptionalInt feature = ColumnRoles.feature(table, name);
        double[] column = feature.isPresent() ? table.column(feature.getAsInt()) : new double[table.size()];
        String[] values = new String[column.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.isNaN(column[i]) ? null : column[i] > 0 ? "1" : "0";
        }
        return values;
    }
}
