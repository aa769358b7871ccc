package io.personae.analytics.importer;

import io.personae.analytics.features.CategoryColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The category cells of the rows read so far, one growing array per category column.
///
/// Equal values share one `String`: a country column of a million orders holds a dozen
/// strings, not a million copies of "United Kingdom".
final class CategoryCells {

    private final List<String> names;
    private final MappedColumns columns;
    private final List<Map<String, String>> seen = new ArrayList<>();
    private String[][] values;

    CategoryCells(List<String> names, MappedColumns columns, int capacity) {
        this.names = names;
        this.columns = columns;
        this.values = new String[names.size()][capacity];
        for (int c = 0; c < names.size(); c++) {
            seen.add(new HashMap<>());
        }
    }

    /// Keeps the reader's current row as row `row`; the arrays must already hold it.
    void read(TableReader reader, int row) {
        for (int c = 0; c < values.length; c++) {
            String text = columns.category(reader, c);
            values[c][row] = text == null ? null : seen.get(c).computeIfAbsent(text, t -> t);
        }
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
