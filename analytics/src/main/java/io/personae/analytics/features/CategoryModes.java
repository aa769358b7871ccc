package io.personae.analytics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Each customer's most frequent value of each order-level category (the country they order
/// from, their usual channel), for [TransactionFeatures].
///
/// decision: ties go to the value of the customer's latest order (latest order date, then the
/// later row of the file): a customer who moved from France to Germany with one order each is
/// German now. Missing values do not count; a customer with none gets `null`.
///
/// Linear in the number of orders: the orders are grouped by customer with a counting sort and
/// each value is counted in a small array indexed by value code, with no boxing per order.
final class CategoryModes {

    /// values looked for by identity before the hash map
    private static final int IDENTITY_SCAN = 16;

    private final int[] rowCustomer;
    private final int[] days;
    private final int customers;
    private final int[] start;
    private final int[] rowsByCustomer;

    /// @param rowCustomer the customer index of each order
    /// @param days        the order day of each order
    /// @param customers   the number of customers
    private CategoryModes(int[] rowCustomer, int[] days, int customers) {
        this.rowCustomer = rowCustomer;
        this.days = days;
        this.customers = customers;
        this.start = new int[customers + 1];
        this.rowsByCustomer = new int[rowCustomer.length];
        groupByCustomer();
    }

    /// One category column per order-level column, in the map's order, with `order[i]` the
    /// customer index of output row `i`.
    static List<CategoryColumn> perCustomer(Map<String, String[]> columns, int[] rowCustomer, int[] days, int customers, Integer[] order) {
        if (columns.isEmpty()) {
            return List.of();
        }
        CategoryModes modes = new CategoryModes(rowCustomer, days, customers);
        List<CategoryColumn> out = new ArrayList<>(columns.size());
        for (Map.Entry<String, String[]> column : columns.entrySet()) {
            String[] mode = modes.modes(column.getValue());
            String[] values = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                values[i] = mode[order[i]];
            }
            out.add(new CategoryColumn(column.getKey(), values));
        }
        return out;
    }

    /// Counting sort of the order rows by customer, keeping file order within a customer.
    private void groupByCustomer() {
        for (int customer : rowCustomer) {
            start[customer + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, customers);
        for (int r = 0; r < rowCustomer.length; r++) {
            rowsByCustomer[next[rowCustomer[r]]++] = r;
        }
    }

    private String[] modes(String[] rowValues) {
        Map<String, Integer> codes = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        int[] rowCode = new int[rowValues.length];
        // decision: the importer keeps one String per distinct value, and most category columns
        // have a handful of values, so the first few are found by identity before any hashing
        String[] firstValues = new String[IDENTITY_SCAN];
        int firstCount = 0;
        for (int r = 0; r < rowValues.length; r++) {
            String value = rowValues[r];
            int code = -1;
            if (value != null) {
                for (int k = 0; k < firstCount; k++) {
                    if (firstValues[k] == value) {
                        code = k;
                        break;
                    }
                }
                if (code < 0) {
                    code = codes.computeIfAbsent(value, v -> {
                        dictionary.add(v);
                        return dictionary.size() - 1;
                    });
                    if (code == firstCount && code < IDENTITY_SCAN) {
                        firstValues[firstCount++] = value;
                    }
                }
            }
            rowCode[r] = code;
        }
        int size = dictionary.size();
        int[] count = new int[size];
        int[] latestDay = new int[size];
        int[] latestRow = new int[size];
        int[] touched = new int[size];
        String[] mode = new String[customers];
        for (int c = 0; c < customers; c++) {
            int touchedCount = 0;
            for (int p = start[c]; p < start[c + 1]; p++) {
                int r = rowsByCustomer[p];
                int code = rowCode[r];
                if (code < 0) {
                    continue;
                }
                if (count[code]++ == 0) {
                    touched[touchedCount++] = code;
                    latestDay[code] = days[r];
                    latestRow[code] = r;
                } else if (days[r] >= latestDay[code]) {
                    // rows come in file order, so on an equal day the later row wins
                    latestDay[code] = days[r];
                    latestRow[code] = r;
                }
            }
            int best = -1;
            for (int t = 0; t < touchedCount; t++) {
                int code = touched[t];
                if (best < 0 || beats(code, best, count, latestDay, latestRow)) {
                    best = code;
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                count[touched[t]] = 0;
            }
            mode[c] = best < 0 ? null : dictionary.get(best);
        }
        return mode;
    }

    private static boolean beats(int code, int best, int[] count, int[] latestDay, int[] latestRow) {
        if (count[code] != count[best]) {
            return count[code] > count[best];
        }
        if (latestDay[code] != latestDay[best]) {
            return latestDay[code] > latestDay[best];
        }
        return latestRow[code] > latestRow[best];
    }
}
