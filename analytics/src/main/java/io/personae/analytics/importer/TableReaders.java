package io.personae.analytics.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Opens CSV and Excel files as [TableReader]s, and reads their first rows for a preview.
public final class TableReaders {

    private TableReaders() {
    }

    /// The header and the first `maxRows` data rows of `file`.
    ///
    /// @throws ImportException when the file is missing, empty, not a table, or has no data rows
    public static TablePreview preview(Path file, int maxRows) throws ImportException {
        return preview(file, maxRows, FileFormat.AUTO);
    }

    /// The header and the first `maxRows` data rows of `file` read as `format` says: what the
    /// import dialog shows again after the user overrides a guess.
    public static TablePreview preview(Path file, int maxRows, FileFormat format) throws ImportException {
        return preview(file, maxRows, format, Map.of());
    }

    /// The preview with the user's column types applied: ignored columns left out, yes/no
    /// values and integers as the import reads them.
    public static TablePreview preview(Path file, int maxRows, FileFormat format, Map<String, ColumnType> types)
            throws ImportException {
        if (maxRows < 1) {
            throw new IllegalArgumentException("A preview needs at least one row; maxRows was " + maxRows);
        }
        try (TableReader reader = open(file, format, types)) {
            List<List<String>> rows = new ArrayList<>();
            int width = reader.headers().size();
            while (rows.size() < maxRows && reader.next()) {
                List<String> row = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    row.add(reader.cell(c));
                }
                rows.add(row);
            }
            return new TablePreview(file, reader.headers(), rows, reader.format());
        }
    }

    /// Opens `file` for reading row by row, choosing the format from its extension and content.
    /// The header row has been read; the first data row exists (else an exception is thrown).
    public static TableReader open(Path file) throws ImportException {
        return open(file, FileFormat.AUTO);
    }

    /// Opens `file` for reading row by row with the given delimiter, header, sheet... overrides.
    public static TableReader open(Path file, FileFormat format) throws ImportException {
        checkReadable(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        TableReader reader;
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            reader = CsvTableReader.open(file, format);
        } else if (isWorkbook(file)) {
            reader = Workbooks.open(file, format);
        } else {
            throw new ImportException(file, 0, "Files of this type cannot be imported. Choose a CSV file (.csv, .txt, .tsv) or an Excel workbook (.xlsx, .xls).");
        }
        return new HasDataRows(file, reader).checked();
    }

    /// Opens `file` with the format overrides and the user's column types applied (see
    /// [ColumnType]).
    ///
    /// @throws ImportException also when a typed column is not in the file
    public static TableReader open(Path file, FileFormat format, Map<String, ColumnType> types) throws ImportException {
        return TypedColumns.of(file, open(file, format), types);
    }

    /// Whether `file` is opened as an Excel workbook (by its name: .xlsx, .xlsm or .xls).
    public static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /// The sheet names of an Excel workbook in workbook order, for choosing one; only the
    /// workbook's index is read, no cells. Empty for a CSV file.
    ///
    /// @throws ImportException when the workbook is missing, damaged or protected with a password
    public static List<String> sheets(Path file) throws ImportException {
        if (!isWorkbook(file)) {
            return List.of();
        }
        checkReadable(file);
        return List.copyOf(Workbooks.sheetNames(file));
    }

    private static void checkReadable(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, 0, "The file does not exist (" + file.toAbsolutePath() + "). Choose another file.");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file, 0, "This is a folder, not a file. Choose a CSV or Excel file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, 0, "The file cannot be read: check its permissions.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(file, 0, "The file is empty. Choose a file with a header row and at least one data row.");
            }
        } catch (IOException e) {
            throw new ImportException(file, 0, "The file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /// Peeks at the first data row so that a header-only file fails when opened, with the same
    /// message for preview and import; the peeked row is then served first.
    private static final class HasDataRows extends ForwardingTableReader {

        private final Path file;
        private boolean peeked;

        HasDataRows(Path file, TableReader reader) {
            super(reader);
            this.file = file;
        }

        TableReader checked() throws ImportException {
            try {
                if (!reader.next()) {
                    throw new ImportException(file, 0, "The file has a header row (" + String.join(", ", reader.headers())
                            + ") but no data rows. Choose a file with at least one row of data.");
                }
                peeked = true;
                return this;
            } catch (ImportException | RuntimeException e) {
                reader.close();
                throw e;
            }
        }

        @Override
        public boolean next() throws ImportException {
            if (peeked) {
                peeked = false;
                return true;
            }
            return reader.next();
        }
    }
}
