package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.List;

/// What an import did, in the figures a user checks.
///
/// @param file         the file read (never modified)
/// @param kind         transactions or customer rows
/// @param rowsRead     data rows read from the file
/// @param rowsSkipped  rows left out (no customer id, unreadable date or amount), reported to the user
/// @param customers    distinct customers found
/// @param notes        choices the importer made that the user should check, such as the date
///                     order it chose and why
public record ImportSummary(Path file, DataKind kind, long rowsRead, long rowsSkipped, int customers, List<String> notes) {

    /// A summary without notes.
    public ImportSummary(Path file, DataKind kind, long rowsRead, long rowsSkipped, int customers) {
        this(file, kind, rowsRead, rowsSkipped, customers, List.of());
    }

    public ImportSummary {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /// One line for the status bar and the command line.
    public String describe() {
        String skipped = rowsSkipped == 0 ? "" : ", " + count(rowsSkipped) + " rows skipped";
        return "Imported " + file.getFileName() + ": " + count(rowsRead) + " rows read, " + count(customers)
                + " customers found" + skipped;
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
