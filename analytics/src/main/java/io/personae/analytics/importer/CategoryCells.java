package io.personae.analytics.importer;

import io.personae.analytics.features.CategoryColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The category cells of the rows read so far, one growing array per category column.
///
/// Equal values share one `String`: a country column of a million orders holds a dozen
/// strings, not a million copies of "United Kingdom". Values are looked up by their bytes where
/// the reader has them ([TextCodes]), so a value seen before costs no `String` at all.
final class CategoryCells {

    private final List<String> names;
    private final MappedColumns columns;
    private final TextCodes[] seen;
    private String[][] values;
    private TableReader cellReader;
    private RowCell cell;

    CategoryCells(List<String> names, MappedColumns columns, int capacity) {
        this.names = names;
        this.columns = columns;
        this.values = new String[names.size()][capacity];
        this.seen = new TextCodes[names.size()];
        for (int c = 0; c < names.size(); c++) {
            seen[c] = new TextCodes();
        }
    }

    /// Keeps the reader's current row as row `row`; the arrays must already hold it.
    void read(TableReader reader, int row) {
        if (cell == null || cellReader != reader) {
            cell = new RowCell(reader);
            cellReader = reader;
        }
        for (int c = 0; c < values.length; c++) {
            values[c][row] = value(c);
        }
    }

    /// Category `c` of the current row, trimmed when the cleaning says so; `null` for a missing
    /// marker (blank, `NA`, `N/A`, `-`...), the same cells that are missing numbers, unless the
    /// column keeps such text as a value ([MissingMarkers]). Equal values come back as the same `String`.
    private String value(int c) {
        int column = columns.categories()[c];
        cell.at(column);
        if (columns.markers().missing(cell, column)) {
            return null;
        }
        TextCodes codes = seen[c];
        if (cell.textAsBytes(columns.trim())) {
            return codes.text(codes.of(cell.bytes(), cell.partStart(), cell.partEnd()));
        }
        String text = columns.trim() ? cell.text().strip() : cell.text();
        return codes.text(codes.of(text));
    }

    void grow(int capacity) {
        for (int c = 0; c < values.length; c++) {
            values[c] = Arrays.copyOf(values[c], capacity);
        }
    }

    /// The first `size` rows as category columns, for a customer file.
    List<CategoryColumn> customerColumns(int size) {
        List<CategoryColumn> out = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            out.add(new CategoryColumn(names.get(c), Arrays.copyOf(values[c], size)));
        }
        return out;
    }

    /// The first `size` rows per column name, in column order, for a transactions file.
    Map<String, String[]> orderColumns(int size) {
        return orderColumns(size, null);
    }

    /// The rows at `kept` (all of the first `size` when `null`) per column name, in column order.
    Map<String, String[]> orderColumns(int size, int[] kept) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            String[] column = kept == null ? Arrays.copyOf(values[c], size) : new String[kept.length];
            if (kept != null) {
                for (int i = 0; i < kept.length; i++) {
                    column[i] = values[c][kept[i]];
                }
            }
            out.put(names.get(c), column);
        }
        return out;
    }
}
