package io.personae.analytics.exporter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// What the check before writing kept and what it left out.
///
/// @param included table rows to export, in table order; not copied (a million customers)
/// @param excluded customers left out, in table order
public record ValidationReport(int[] included, List<ExcludedCustomer> excluded) {

    public ValidationReport {
        excluded = List.copyOf(excluded);
    }

    public int includedCount() {
        return included.length;
    }

    /// Customers left out per reason, in [Exclusion] order, reasons without any left out omitted.
    public Map<Exclusion, Integer> counts() {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (ExcludedCustomer customer : excluded) {
            counts.merge(customer.reason(), 1, Integer::sum);
        }
        return counts;
    }

    /// One line per reason, "Left out 12 customers: No email address (3), Duplicate email address (9)",
    /// or none when nobody was left out.
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (excluded.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Left out %,d customer%s: ", excluded.size(),
                excluded.size() == 1 ? "" : "s"));
        String separator = "";
        for (Map.Entry<Exclusion, Integer> count : counts().entrySet()) {
            line.append(separator).append(count.getKey().label())
                    .append(String.format(Locale.ROOT, " (%,d)", count.getValue()));
            separator = ", ";
        }
        lines.add(line.toString());
        return lines;
    }
}
