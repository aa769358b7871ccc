package io.personae.analytics.exporter;

import java.util.Objects;

/// One column of an export: its header and how each row's value is found.
///
/// @param header the column's name in the file
/// @param source the value of one exported row
record ExportColumn(String header, Cell source) {

    /// The value of a column for one row.
    @FunctionalInterface
    interface Cell {
        /// @param row      the customer's row in the customer table
        /// @param position the row's place in the export (0 for the first customer written)
        String at(int row, int position);
    }

    ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(source, "source");
    }

    String at(int row, int position) {
        String value = source.at(row, position);
        return value == null ? "" : value;
    }
}
