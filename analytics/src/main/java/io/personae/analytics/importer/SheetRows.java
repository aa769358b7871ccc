package io.personae.analytics.importer;

/// The rows of a workbook's sheets as stored, blank rows and title rows included: what
/// [SheetTable] reads to find the header and the table below it. An implementation starts on the
/// chosen sheet and moves to the sheets after it when asked.
interface SheetRows {

    /// The name of the sheet being read.
    String sheetName();

    /// Moves to the next row of the current sheet; `false` at the end of the sheet.
    boolean nextRow() throws ImportException;

    /// 1-based row number of the current row, as Excel shows it.
    long rowNumber();

    /// Cells in the current row (trailing empty cells may be left out).
    int width();

    /// The text of a cell of the current row, `""` when empty.
    String cell(int column);

    /// Moves to the sheet after the current one; `false` when there is none.
    boolean nextSheet() throws ImportException;

    /// Fraction of the current sheet read, 0..1, or -1 when unknown.
    double progress();

    /// The kind of workbook in words ("Excel", "Excel 97-2003").
    String kind();

    void close();
}
