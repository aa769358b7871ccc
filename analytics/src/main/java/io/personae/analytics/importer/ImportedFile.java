package io.personae.analytics.importer;

import io.personae.analytics.features.CustomerTable;

/// What the importer read from a file, before anything is written to the workspace.
///
/// @param summary        the figures of the read
/// @param options        the column mapping used
/// @param transactions   the order rows, for transaction files; `null` for customer files
///                       (their features are derived from the orders)
/// @param customers      the customer table, for customer files; `null` for transaction files
/// @param pendingQuality the data quality report of the read, perhaps still being made on a
///                       thread of its own; `null` when none is made
public record ImportedFile(ImportSummary summary, ImportOptions options, Transactions transactions, CustomerTable customers,
        PendingQuality pendingQuality) {

    /// A read without a quality report.
    public ImportedFile(ImportSummary summary, ImportOptions options, Transactions transactions, CustomerTable customers) {
        this(summary, options, transactions, customers, (PendingQuality) null);
    }

    /// A read whose quality report is made.
    public ImportedFile(ImportSummary summary, ImportOptions options, Transactions transactions, CustomerTable customers,
            QualityReport quality) {
        this(summary, options, transactions, customers, quality == null ? null : PendingQuality.of(quality));
    }

    public ImportedFile {
        if ((transactions == null) == (customers == null)) {
            throw new IllegalArgumentException("An import holds either transactions or customer rows");
        }
    }

    /// The data quality report, waiting for it if it is still being made; `null` when none is made.
    ///
    /// @throws ImportException when making it failed (see [PendingQuality#await()])
    public QualityReport quality() throws ImportException {
        return pendingQuality == null ? null : pendingQuality.await();
    }
}
