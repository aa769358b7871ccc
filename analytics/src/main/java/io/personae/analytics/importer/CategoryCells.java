package io.personae.analytics.importer;

import io.personae.analytics.features.CategoryColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The category cells of the rows read so far, one growing array of value codes per category column.
///
/// Equal values share one `String`: a country column of a million orders holds a dozen
/// strings, not a million copies of "United Kingdom". Values are looked up by their bytes where
/// the reader has them ([TextCodes]), so a value seen before costs no `String` at all.
///
/// decision: each row keeps its value's code, not the `String`: the codes are what the
/// per-customer step counts ([CodedCategory]), and the text is spelled out once at the end.
final class CategoryCells {

    private final List<String> names;
    private final MappedColumns columns;
    private final TextCodes[] seen;
    /// per column, per row: the code of the row's value in [#seen], [CodedCategory#MISSING] where it has none
    private int[][] codes;
    private TableReader cellReader;
    private RowCell cell;

    CategoryCells(List<String> names, MappedColumns columns, int capacity) {
        this.names = names;
        this.columns = columns;
        this.codes = new int[names.size()][capacity];
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
        for (int c = 0; c < codes.length; c++) {
            codes[c][row] = code(c);
        }
    }

    /// The code of category `c` of the current row, trimmed when the cleaning says so;
    /// [CodedCategory#MISSING] for a missing marker (blank, `NA`, `N/A`, `-`...), the same cells
    /// that are missing numbers, unless the column keeps such text as a value ([MissingMarkers]).
    private int code(int c) {
        int column = columns.categories()[c];
        cell.at(column);
        if (columns.markers().missing(cell, column)) {
            return CodedCategory.MISSING;
        }
        TextCodes known = seen[c];
        if (cell.textAsBytes(columns.trim())) {
            return known.of(cell.bytes(), cell.partStart(), cell.partEnd());
        }
        String text = columns.trim() ? cell.text().strip() : cell.text();
        return known.of(text);
    }

    void grow(int capacity) {
        for (int c = 0; c < codes.length; c++) {
            codes[c] = Arrays.copyOf(codes[c], capacity);
        }
    }

    /// The first `size` rows as category columns, for a customer file.
    List<CategoryColumn> customerColumns(int size) {
        List<CategoryColumn> out = new ArrayList<>(codes.length);
        for (int c = 0; c < codes.length; c++) {
            out.add(new CategoryColumn(names.get(c), coded(c, size, null).orderValues()));
        }
        return out;
    }

    /// The rows at `kept` (all of the first `size` when `null`) per column name, in column order,
    /// for a transactions file.
    Map<String, CodedCategory> orderCodes(int size, int[] kept) {
        Map<String, CodedCategory> out = new LinkedHashMap<>();
        for (int c = 0; c < codes.length; c++) {
            out.put(names.get(c), coded(c, size, kept));
        }
        return out;
    }

    private CodedCategory coded(int c, int size, int[] kept) {
        int[] rows = codes[c];
        int[] picked = kept == null ? Arrays.copyOf(rows, size) : new int[kept.length];
        if (kept != null) {
            for (int i = 0; i < kept.length; i++) {
                picked[i] = rows[kept[i]];
            }
        }
        return new CodedCategory(seen[c].texts(), picked);
    }
}
