package io.personae.app.importing;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.TablePreview;
import io.personae.analytics.importer.TableReader;
import io.personae.analytics.importer.TableReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The first rows of a file as the dialog shows them, with what the reader found out on the way.
///
/// @param table        header and first rows
/// @param decimalComma whether numbers are read with a decimal comma (`1.234,56`)
/// @param sheets       the workbook's sheets, empty for a CSV file
record FilePreview(TablePreview table, boolean decimalComma, List<String> sheets) {

    FilePreview {
        sheets = List.copyOf(sheets);
    }

    /// Reads the first `maxRows` rows of `file` as `format` and the column `types` say, and the workbook's sheets when
    /// `knownSheets` is `null` (a reload of the same file passes the ones it has). Runs off the
    /// JavaFX thread.
    ///
    /// decision: read through [TableReaders#open] rather than [TableReaders#preview], which
    /// drops the reader's decimal-comma finding the dialog shows.
    static FilePreview read(Path file, int maxRows, FileFormat format, Map<String, ColumnType> types, List<String> knownSheets)
            throws ImportException {
        List<String> sheets = knownSheets == null ? TableReaders.sheets(file) : knownSheets;
        try (TableReader reader = TableReaders.open(file, format, types)) {
            List<List<String>> rows = new ArrayList<>();
            int width = reader.headers().size();
            while (rows.size() < maxRows && reader.next()) {
                List<String> row = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    row.add(reader.cell(c));
                }
                rows.add(row);
            }
            return new FilePreview(new TablePreview(file, reader.headers(), rows, reader.format()), reader.decimalComma(), sheets);
        }
    }
}
