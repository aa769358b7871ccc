package io.personae.analytics.importer;

/// The raw bytes behind the cells of a reader's current row, for a reader that has them (CSV).
///
/// decision: the import of a large file reads the numbers, dates and ids it needs straight from
/// these bytes and asks for a `String` ([TableReader#cell]) only where it keeps one or where a
/// cell is not plain ASCII; a million-row file then makes a few hundred thousand strings rather
/// than ten million. ASCII bytes are the same characters in UTF-8 and every code page the CSV
/// reader decodes, so a cell read either way gives the same value.
///
/// The bytes are valid until the reader moves to the next row.
interface CellBytes {

    /// The bytes of the current row; cell `c` is `bytes()[start(c) .. end(c))`.
    byte[] bytes();

    /// Where cell `column` starts; a column past the end of a short row is empty.
    int start(int column);

    /// Where cell `column` ends (exclusive).
    int end(int column);

    /// Whether every byte of cell `column` is ASCII (below 0x80), so that it can be read without
    /// decoding.
    boolean ascii(int column);
}
