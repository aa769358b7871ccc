package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.EmailCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/// Decides, before anything is written, which customers of the chosen segments an export lists.
///
/// decision: the checks run in the order missing address, invalid address, consent, duplicate,
/// so the first listed customer who may be mailed keeps a shared address, not one who may not.
/// Duplicates are found ignoring case and surrounding spaces, as email tools match them.
public final class ExportValidator {

    private ExportValidator() {}

    /// @param candidates table rows in the chosen segments, in table order
    /// @param numbers    the number users see of each segment index
    /// @param consent    per customer whether they consented, `null` when the data does not say
    public static ValidationReport check(CustomerTable table, int[] candidates, int[] assignment, int[] numbers,
            boolean[] consent, ExportOptions options) {
        if (!options.excludesUncontactable()) {
            return new ValidationReport(candidates, List.of());
        }
        String[] emails = table.emails();
        String[] ids = table.ids();
        int[] included = new int[candidates.length];
        int kept = 0;
        List<ExcludedCustomer> excluded = new ArrayList<>();
        AddressIndex firstWith = new AddressIndex(candidates.length);
        for (int row : candidates) {
            String email = emails[row];
            int segment = numbers[assignment[row]];
            if (email == null || email.isBlank()) {
                excluded.add(new ExcludedCustomer(row, ids[row], email, segment, Exclusion.MISSING_EMAIL, ""));
            } else if (!EmailCheck.isValid(email)) {
                excluded.add(new ExcludedCustomer(row, ids[row], email, segment, Exclusion.INVALID_EMAIL, ""));
            } else if (consent != null && !consent[row] && !options.keepUnconsented()) {
                excluded.add(new ExcludedCustomer(row, ids[row], email, segment, Exclusion.NO_CONSENT, ""));
            } else {
                int first = firstWith.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), row);
                if (first >= 0) {
                    excluded.add(new ExcludedCustomer(row, ids[row], email, segment, Exclusion.DUPLICATE_EMAIL,
                            "same address as customer " + ids[first]));
                } else {
                    included[kept++] = row;
                }
            }
        }
        return new ValidationReport(Arrays.copyOf(included, kept), excluded);
    }
}
