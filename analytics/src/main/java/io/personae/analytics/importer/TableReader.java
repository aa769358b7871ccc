package io.personae.analytics.importer;

import java.util.List;

/// A table read one row at a time, so a file of any size passes through in constant memory.
///
/// Typical use:
/// ```
/// try (TableReader reader = TableReaders.open(file)) {
///     while (reader.next()) {
///         String id = reader.cell(0);
///         long line = reader.line();
///     }
/// }
/// ```
/// Rows whose cells are all empty are skipped by the reader itself: they are what spreadsheets
/// leave behind, not data a user would want counted.
public interface TableReader extends AutoCloseable {

    /// Column names from the header row, made unique ("Name", "Name (2)") and never blank.
    List<String> headers();

    /// Moves to the next data row; `false` at the end of the table.
    ///
    /// @throws ImportException when the file cannot be read further (an unclosed quote, a damaged workbook)
    boolean next() throws ImportException;

    /// 1-based line (CSV) or row (Excel) where the current row starts, as the user's editor shows it.
    long line();

    /// The text of a cell of the current row, `""` when the row is shorter than the header.
    String cell(int column);

    /// Fraction of the file read so far, 0..1, for progress bars.
    double progress();

    /// How the file is being read, in words ("CSV, semicolon-separated, UTF-8").
    String format();

    /// Whether numbers in this file write decimals with a comma (a semicolon-separated CSV, as
    /// Excel saves them in most of Europe).
    boolean decimalComma();

    /// The reader doing the reading when this one only adds a check around it; the reader
    /// itself otherwise. The import asks it whether the cells can be read as bytes ([CellBytes]).
    default TableReader source() {
        return this;
    }

    @Override
    void close();
}
