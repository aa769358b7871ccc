package io.personae.analytics.importer;

import io.personae.analytics.features.CustomerTable;

/// What the importer read from a file, before anything is written to the workspace.
///
/// @param summary      the figures of the read
/// @param options      the column mapping used
/// @param transactions the order rows, for transaction files; `null` for customer files
/// @param customers    the customer table, for customer files; `null` for transaction files
///                     (their features are derived from the orders)
/// @param quality      the data quality report of the read, or `null` when none was made
public record ImportedFile(ImportSummary summary, ImportOptions options, Transactions transactions, CustomerTable customers,
        QualityReport quality) {

    /// A read without a quality report.
    public ImportedFile(ImportSummary summary, ImportOptions options, Transactions transactions, CustomerTable customers) {
        this(summary, options, transactions, customers, null);
    }

    public ImportedFile {
        if ((transactions == null) == (customers == null)) {
            throw new IllegalArgumentException("An import holds either transactions or customer rows");
        }
    }
}
