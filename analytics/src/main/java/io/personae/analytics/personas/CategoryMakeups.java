package io.personae.analytics.personas;

import io.personae.analytics.features.CategoryColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Counts each category value per segment and in the base, in one pass per column.
final class CategoryMakeups {

    private CategoryMakeups() {}

    /// `result[s]` is segment `s`'s make-up on `column`. Shares are of the customers with a
    /// value: a segment where half the countries are missing shows the countries it does know.
    static CategoryMakeup[] of(CategoryColumn column, int[] assignment, int k) {
        Map<String, Integer> codes = new HashMap<>();
        List<String> values = new ArrayList<>();
        String[] cells = column.values();
        int[] coded = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell == null || cell.isBlank()) {
                coded[i] = -1;
                continue;
            }
            coded[i] = codes.computeIfAbsent(cell, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }
        int levels = values.size();
        long[][] counts = new long[k][levels];
        long[] segmentTotals = new long[k];
        long[] base = new long[levels];
        long baseTotal = 0;
        for (int i = 0; i < coded.length; i++) {
            int code = coded[i];
            if (code < 0) {
                continue;
            }
            base[code]++;
            baseTotal++;
            int s = assignment[i];
            if (s >= 0) {
                counts[s][code]++;
                segmentTotals[s]++;
            }
        }
        CategoryMakeup[] makeups = new CategoryMakeup[k];
        for (int s = 0; s < k; s++) {
            List<CategoryShare> shares = new ArrayList<>(levels);
            for (int v = 0; v < levels; v++) {
                shares.add(new CategoryShare(values.get(v),
                        segmentTotals[s] == 0 ? 0 : (double) counts[s][v] / segmentTotals[s],
                        baseTotal == 0 ? 0 : (double) base[v] / baseTotal));
            }
            shares.sort(Comparator.comparingDouble(CategoryShare::segmentShare).reversed()
                    .thenComparing(Comparator.comparingDouble(CategoryShare::baseShare).reversed())
                    .thenComparing(CategoryShare::value));
            makeups[s] = new CategoryMakeup(column.name(), shares);
        }
        return makeups;
    }
}
