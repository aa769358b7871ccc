package io.personae.analytics.importer;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.Objects;

/// Reads a CSV or Excel file with a column mapping into order rows or a customer table.
///
/// The file is only read, never changed, and nothing is written anywhere: storing the result
/// is the workspace's job, so a failed or cancelled import leaves no trace.
public final class Importer {

    private Importer() {
    }

    /// @throws ImportException when the file cannot be read or does not fit the mapping; the
    ///         message names the file, the line where known, and what to do
    /// @throws io.personae.analytics.progress.CancelledException when `progress` was cancelled
    public static ImportedFile read(Path file, ImportOptions options, ProgressMonitor progress) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        progress.update(0, "Reading " + file.getFileName());
        try (TableReader reader = TableReaders.open(file, options.format(), options.columnTypes())) {
            return switch (options.kind()) {
                case TRANSACTIONS -> TransactionImport.read(file, reader, options, progress);
                case CUSTOMERS -> CustomerImport.read(file, reader, options, progress);
            };
        }
    }
}
