package io.personae.analytics.features;

import java.util.ArrayList;
import java.util.Arrays;
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

    private final int[] rowCustomer;
    private final int[] days;
    private final int customers;
    private final int[] start;
    private final int[] rowsByCustomer;
    /// the order days in the order of [#rowsByCustomer]
    private final int[] groupedDays;

    /// @param rowCustomer the customer index of each order
    /// @param days        the order day of each order
    /// @param customers   the number of customers
    private CategoryModes(int[] rowCustomer, int[] days, int customers) {
        this.rowCustomer = rowCustomer;
        this.days = days;
        this.customers = customers;
        this.start = new int[customers + 1];
        this.rowsByCustomer = new int[rowCustomer.length];
        this.groupedDays = new int[rowCustomer.length];
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
            int p = next[rowCustomer[r]]++;
            rowsByCustomer[p] = r;
            groupedDays[p] = days[r];
        }
    }

    /// decision: the values are numbered as the customers' rows are visited, not in a pass of
    /// their own, and the days were put in that order once for all columns ([#groupedDays]):
    /// one scattered read per order and column instead of three. Which number a value gets does
    /// not matter, as ties are settled by day and row.
    private String[] modes(String[] rowValues) {
        ValueCodes codes = new ValueCodes();
        int[] count = new int[16];
        int[] latestDay = new int[16];
        int[] latestRow = new int[16];
        int[] touched = new int[16];
        String[] mode = new String[customers];
        for (int c = 0; c < customers; c++) {
            int touchedCount = 0;
            for (int p = start[c]; p < start[c + 1]; p++) {
                int r = rowsByCustomer[p];
                String value = rowValues[r];
                if (value == null) {
                    continue;
                }
                int code = codes.of(value);
                if (code == count.length) {
                    int capacity = count.length * 2;
                    count = Arrays.copyOf(count, capacity);
                    latestDay = Arrays.copyOf(latestDay, capacity);
                    latestRow = Arrays.copyOf(latestRow, capacity);
                    touched = Arrays.copyOf(touched, capacity);
                }
                int day = groupedDays[p];
                if (count[code]++ == 0) {
                    touched[touchedCount++] = code;
                    latestDay[code] = day;
                    latestRow[code] = r;
                } else if (day >= latestDay[code]) {
                    // rows come in file order, so on an equal day the later row wins
                    latestDay[code] = day;
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
            mode[c] = best < 0 ? null : codes.value(best);
        }
        return mode;
    }

    /// Numbers the distinct values of one column 0, 1, 2... in an open-addressing table keyed by
    /// [String#hashCode].
    ///
    /// decision: the importer keeps one `String` per distinct value, whose hash is computed once
    /// and cached in it, so a look-up is a field read and, nearly always, one identity compare;
    /// a `HashMap` boxed the codes and an identity scan cost a compare per value seen before it
    private static final class ValueCodes {

        private String[] keys = new String[64];
        private int[] codes = new int[64];
        private String[] values = new String[16];
        private int size;

        int of(String value) {
            int mask = keys.length - 1;
            int hash = value.hashCode();
            int at = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                String key = keys[at];
                if (key == null) {
                    return add(value, at);
                }
                if (key == value || key.equals(value)) {
                    return codes[at];
                }
                at = (at + 1) & mask;
            }
        }

        int size() {
            return size;
        }

        String value(int code) {
            return values[code];
        }

        private int add(String value, int at) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = value;
            keys[at] = value;
            codes[at] = size;
            size++;
            if (size * 2 > keys.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            String[] oldKeys = keys;
            int[] oldCodes = codes;
            keys = new String[oldKeys.length * 2];
            codes = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int hash = oldKeys[i].hashCode();
                    int at = (hash ^ (hash >>> 16)) & mask;
                    while (keys[at] != null) {
                        at = (at + 1) & mask;
                    }
                    keys[at] = oldKeys[i];
                    codes[at] = oldCodes[i];
                }
            }
        }
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
