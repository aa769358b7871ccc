package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// What an import found wrong or odd in a file, kept with the import in the workspace.
///
/// @param rowsRead          data rows read
/// @param rowsRejected      rows left out, all reasons together
/// @param rejectionReasons  rows left out per reason, most frequent first
/// @param rejectedRows      the first [#KEPT_REJECTED_ROWS] rows left out, with their line
/// @param columns           one entry per column of the file, in file order
/// @param duplicateRows     rows repeating an earlier row exactly
/// @param duplicateCustomers customer ids appearing on more than one row of a customer file; 0 for transactions
/// @param steps             the cleaning done, in words ("Removed 6 duplicate rows")
/// @param notes             choices the importer made that the user should know of (date order...)
public record QualityReport(long rowsRead, long rowsRejected, Map<String, Long> rejectionReasons, List<RejectedRow> rejectedRows,
        List<ColumnQuality> columns, long duplicateRows, long duplicateCustomers, List<String> steps, List<String> notes) {

    /// Rejected rows kept with their line; the rest are only counted.
    public static final int KEPT_REJECTED_ROWS = 100;
    /// Distinct values counted per column before counting stops.
    public static final int DISTINCT_LIMIT = 100_000;

    public QualityReport {
        rejectionReasons = Collections.unmodifiableMap(new LinkedHashMap<>(rejectionReasons));
        rejectedRows = List.copyOf(rejectedRows);
        columns = List.copyOf(columns);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /// One line for the command line and the status bar.
    public String summaryLine() {
        long outliers = columns.stream().mapToLong(ColumnQuality::outliers).sum();
        long emails = columns.stream().mapToLong(ColumnQuality::invalidEmails).sum();
        return String.format(Locale.ROOT, "Quality: %,d rows read, %,d rejected, %,d duplicate rows, %,d outliers, %,d invalid emails",
                rowsRead, rowsRejected, duplicateRows, outliers, emails)
                + (duplicateCustomers > 0 ? String.format(Locale.ROOT, ", %,d duplicate customers", duplicateCustomers) : "");
    }

    /// The whole report as lines of text, for `personae quality`.
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(summaryLine());
        rejectionReasons.forEach((reason, count) -> lines.add(String.format(Locale.ROOT, "  rejected %,d: %s", count, reason)));
        for (RejectedRow row : rejectedRows) {
            lines.add("  line " + row.line() + ": " + row.reason());
        }
        for (ColumnQuality c : columns) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "column '%s': %s, %.1f%% missing, %s%,d distinct",
                    c.name(), c.type(), 100 * c.missingShare(), c.distinctCapped() ? "over " : "", c.distinct()));
            if (c.min() != null) {
                line.append(", min ").append(c.min()).append(", max ").append(c.max());
            }
            if (c.outliers() > 0) {
                line.append(String.format(Locale.ROOT, ", %,d outliers", c.outliers()));
            }
            if (c.invalidEmails() > 0) {
                line.append(String.format(Locale.ROOT, ", %,d invalid emails", c.invalidEmails()));
            }
            lines.add(line.toString());
        }
        steps.forEach(step -> lines.add("cleaning: " + step));
        notes.forEach(note -> lines.add("note: " + note));
        return lines;
    }
}
