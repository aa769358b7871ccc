package io.personae.analytics.features;

import io.personae.analytics.importer.Transactions;
import java.util.Arrays;

/// The orders of each customer side by side, for the per-customer step: customer `c`'s orders
/// sit at positions [#start(int)] to `start(c + 1)`, in file order, and the order columns are
/// read by position ([#days()], [#amounts()], [#byPosition(int[])]).
///
/// decision: a file listed by customer, whose customers are numbered in order of first
/// appearance, has its orders in that order already, and then the columns are used as they are;
/// any other file is put in that order once, by a counting sort, for every column at once.
/// Either way each customer is then one run of positions, visited once for all its features.
final class CustomerRows {

    private final String[] ids;
    private final int[] start;
    /// the order row at each position; `null` when the rows are in position order already
    private final int[] rows;
    private final int[] days;
    private final double[] amounts;
    private final int latestDay;

    private CustomerRows(Transactions tx) {
        int[] rowCustomer = tx.customerIndex();
        int[] rowDays = tx.orderDays();
        int size = rowCustomer.length;
        Scan scan = new Scan(rowCustomer, tx.customerIds(), rowDays);
        for (int from = 0; from < size; from += Blocks.SIZE) {
            scan.rows(from, Math.min(from + Blocks.SIZE, size));
        }
        int customers = scan.customers;
        this.ids = Arrays.copyOf(scan.firstIds, customers);
        this.latestDay = scan.latest;
        if (scan.grouped) {
            this.start = Arrays.copyOf(scan.firstRows, customers + 1);
            start[customers] = size;
            this.rows = null;
            this.days = rowDays;
            this.amounts = tx.amounts();
        } else {
            this.start = starts(rowCustomer, customers);
            this.rows = grouping(rowCustomer, start);
            this.days = byPosition(rowDays);
            this.amounts = new double[size];
            double[] rowAmounts = tx.amounts();
            for (int p = 0; p < size; p++) {
                amounts[p] = rowAmounts[rows[p]];
            }
        }
    }

    static CustomerRows of(Transactions tx) {
        return new CustomerRows(tx);
    }

    /// How many customers there are.
    int customers() {
        return ids.length;
    }

    /// Each customer's id, by customer number.
    String[] ids() {
        return ids;
    }

    /// The first position of customer `c`'s orders; `start(customers())` is the number of orders.
    int start(int c) {
        return start[c];
    }

    /// The latest order day of the file; [Integer#MIN_VALUE] when there are no orders.
    int latestDay() {
        return latestDay;
    }

    /// The order days by position.
    int[] days() {
        return days;
    }

    /// The order amounts by position.
    double[] amounts() {
        return amounts;
    }

    /// A column of the orders, given by row, by position instead; the column itself when the
    /// rows are in position order already.
    int[] byPosition(int[] byRow) {
        if (rows == null) {
            return byRow;
        }
        int[] out = new int[byRow.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = byRow[rows[p]];
        }
        return out;
    }

    /// One pass over the orders that finds the customers, their ids, whether their orders are
    /// neighbours and the latest day, a block of rows at a time ([Blocks]).
    ///
    /// decision: customers are numbered in order of first appearance, so a new one is always
    /// number [#customers] and needs no look-up
    private static final class Scan {

        private final int[] rowCustomer;
        private final String[] rowIds;
        private final int[] rowDays;
        private String[] firstIds = new String[1024];
        private int[] firstRows = new int[1024];
        private int customers;
        private int previous;
        private boolean grouped = true;
        private int latest = Integer.MIN_VALUE;

        Scan(int[] rowCustomer, String[] rowIds, int[] rowDays) {
            this.rowCustomer = rowCustomer;
            this.rowIds = rowIds;
            this.rowDays = rowDays;
        }

        void rows(int from, int to) {
            // the state in locals for the block ([Blocks])
            int[] customerOf = rowCustomer;
            int[] days = rowDays;
            int known = customers;
            int last = previous;
            boolean together = grouped;
            int latestDay = latest;
            for (int r = from; r < to; r++) {
                int c = customerOf[r];
                if (c == known) {
                    if (known == firstRows.length) {
                        firstIds = Arrays.copyOf(firstIds, known * 2);
                        firstRows = Arrays.copyOf(firstRows, known * 2);
                    }
                    firstIds[c] = rowIds[r];
                    firstRows[c] = r;
                    known++;
                } else if (c != last) {
                    together = false;
                }
                last = c;
                latestDay = Math.max(latestDay, days[r]);
            }
            customers = known;
            previous = last;
            grouped = together;
            latest = latestDay;
        }
    }

    private static int[] starts(int[] rowCustomer, int customers) {
        int[] start = new int[customers + 1];
        for (int customer : rowCustomer) {
            start[customer + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        return start;
    }

    /// Counting sort of the order rows by customer, keeping file order within a customer.
    private static int[] grouping(int[] rowCustomer, int[] start) {
        int[] next = Arrays.copyOf(start, start.length - 1);
        int[] rows = new int[rowCustomer.length];
        for (int r = 0; r < rowCustomer.length; r++) {
            rows[next[rowCustomer[r]]++] = r;
        }
        return rows;
    }
}
