package io.personae.analytics.features;

import io.personae.analytics.importer.CodedCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Each customer's most frequent value of each order-level category (the country they order
/// from, their usual channel), for [TransactionFeatures].
///
/// decision: ties go to the value of the customer's latest order (latest order date, then the
/// later row of the file): a customer who moved from France to Germany with one order each is
/// German now. Missing values do not count; a customer with none gets `null`.
///
/// Linear in the number of orders: each customer's orders are visited together ([CustomerRows])
/// and each value is counted by its code ([CodedCategory]) in a small array, with no hashing or
/// boxing per order.
final class CategoryModes {

    private final List<String> names;
    private final Counter[] counters;
    /// per column: the mode of each table row
    private final String[][] modes;

    /// @param columns   the order-level columns, in the order the table shows them
    /// @param rows      where each customer's orders are
    /// @param tableRows how many rows the customer table has
    CategoryModes(Map<String, CodedCategory> columns, CustomerRows rows, int tableRows) {
        this.names = List.copyOf(columns.keySet());
        this.counters = new Counter[columns.size()];
        this.modes = new String[columns.size()][tableRows];
        int k = 0;
        for (CodedCategory column : columns.values()) {
            counters[k++] = new Counter(column.values(), rows.byPosition(column.codes()), rows.days());
        }
    }

    /// Finds the modes of table row `i`, whose customer's orders are at positions `from` to `to`.
    void count(int i, int from, int to) {
        for (int k = 0; k < counters.length; k++) {
            modes[k][i] = counters[k].mode(from, to);
        }
    }

    /// One category column per order-level column, in the order given.
    List<CategoryColumn> columns() {
        List<CategoryColumn> out = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            out.add(new CategoryColumn(names.get(k), modes[k]));
        }
        return out;
    }

    /// The counts of one column's values within one customer's orders, in an array indexed by
    /// value code that is cleared again after each customer.
    ///
    /// decision: the orders are counted first and looked at again only when values tie for the
    /// most orders: the latest order of a tied value is the latest order, by day and then by
    /// position, among all the orders of the tied values, so no per-value latest day needs
    /// keeping while counting.
    private static final class Counter {

        private final String[] values;
        /// the value code of the order at each position
        private final int[] codes;
        /// the order day at each position
        private final int[] days;
        private final int[] count;
        /// the codes counted for the current customer, in order of first appearance
        private final int[] touched;

        Counter(String[] values, int[] codes, int[] days) {
            this.values = values;
            this.codes = codes;
            this.days = days;
            this.count = new int[values.length];
            this.touched = new int[values.length];
        }

        /// The most frequent value of the orders at positions `from` to `to`, `null` if they have none.
        String mode(int from, int to) {
            // fields in locals ([Blocks])
            int[] codes = this.codes;
            int[] count = this.count;
            int[] touched = this.touched;
            // decision: most customers order with one value throughout (their country, often
            // their channel), which one compare per order finds without counting
            int first = codes[from];
            int same = from + 1;
            while (same < to && codes[same] == first) {
                same++;
            }
            if (same == to) {
                return value(first);
            }
            int touchedCount = 0;
            for (int p = from; p < to; p++) {
                int code = codes[p];
                if (code != CodedCategory.MISSING && count[code]++ == 0) {
                    touched[touchedCount++] = code;
                }
            }
            int most = 0;
            int best = CodedCategory.MISSING;
            boolean tie = false;
            for (int t = 0; t < touchedCount; t++) {
                int n = count[touched[t]];
                tie = n == most || n < most && tie;
                if (n > most) {
                    most = n;
                    best = touched[t];
                }
            }
            if (tie) {
                best = latestOfMost(from, to, most);
            }
            for (int t = 0; t < touchedCount; t++) {
                count[touched[t]] = 0;
            }
            return value(best);
        }

        /// The value of the latest order, by day and then by position, among the orders whose
        /// value has `most` orders.
        private int latestOfMost(int from, int to, int most) {
            // fields in locals ([Blocks])
            int[] codes = this.codes;
            int[] count = this.count;
            int[] days = this.days;
            int best = CodedCategory.MISSING;
            int bestDay = Integer.MIN_VALUE;
            for (int p = from; p < to; p++) {
                int code = codes[p];
                // positions come in file order, so on an equal day the later row wins
                if (code != CodedCategory.MISSING && count[code] == most && days[p] >= bestDay) {
                    best = code;
                    bestDay = days[p];
                }
            }
            return best;
        }

        private String value(int code) {
            return code == CodedCategory.MISSING ? null : values[code];
        }
    }
}
