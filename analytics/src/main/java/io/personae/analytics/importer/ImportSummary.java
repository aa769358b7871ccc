package io.personae.analytics.importer;

import java.nio.file.Path;

/// What an import did, in the figures a user checks.
///
/// @param file         the file read (never modified)
/// @param kind         transactions or customer rows
/// @param rowsRead     data rows read from the file
/// @param rowsSkipped  rows left out (no customer id, unreadable date or amount), reported to the user
/// @param customers    distinct customers found
public record ImportSummary(Path file, DataKind kind, long rowsRead, long rowsSkipped, int customers) {

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
