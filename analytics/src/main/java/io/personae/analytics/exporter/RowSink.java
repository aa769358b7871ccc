package io.personae.analytics.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/// Where an export's rows go: CSV files or an Excel workbook, both staged (see [StagedFiles]).
interface RowSink extends AutoCloseable {

    void row(List<String> cells) throws IOException, ExportException;

    /// Completes the files and returns the names they must be moved to, in staging order.
    List<Path> finish() throws IOException, ExportException;

    /// Files an earlier export to the same target left that `finals` do not replace, to be
    /// removed with the move (see [StagedFiles#commit(List, List)]); none unless the sink splits.
    default List<Path> leftovers(List<Path> finals) {
        return List.of();
    }

    @Override
    void close() throws IOException;
}
