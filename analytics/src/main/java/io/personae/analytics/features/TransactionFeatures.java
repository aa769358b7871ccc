package io.personae.analytics.features;

import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.Transactions;
import java.util.List;

/// Turns order rows into one row per customer with the classic RFM features plus average order
/// value and tenure, and each order-level category (country, channel) as the customer's most
/// frequent value (see [CategoryModes]).
///
/// Aggregation works by the customer numbers the importer gave the orders
/// ([Transactions#customerIndex]), with their contacts by the same numbers, and the codes it gave
/// their category values ([Transactions#categoryCodes]): each customer's orders are visited
/// together ([CustomerRows]) and summed in primitive arrays, so a million orders take tens of
/// milliseconds with no look-up or boxing per order.
public final class TransactionFeatures {

    public static final String RECENCY = "Recency (days)";
    public static final String FREQUENCY = "Frequency (orders)";
    public static final String MONETARY = "Monetary (total spend)";
    public static final String AVERAGE_ORDER_VALUE = "Average order value";
    public static final String TENURE = "Tenure (days)";

    /// The features [#build] produces, in column order.
    public static final List<Feature> FEATURES = List.of(
            new Feature(RECENCY, FeatureKind.DAYS, false),
            new Feature(FREQUENCY, FeatureKind.COUNT, false),
            new Feature(MONETARY, FeatureKind.MONEY, true),
            new Feature(AVERAGE_ORDER_VALUE, FeatureKind.MONEY, false),
            new Feature(TENURE, FeatureKind.DAYS, false));

    private TransactionFeatures() {}

    /// One row per customer, ordered by customer id: numerically when every id is a number,
    /// otherwise lexicographically, so the order is the same on every run and machine.
    ///
    /// Every row counts as one order. An order whose amount is missing (NaN) still counts
    /// towards frequency, recency and tenure but adds nothing to the spend.
    public static CustomerTable build(Transactions tx) {
        CustomerRows rows = CustomerRows.of(tx);
        int[] order = CustomerOrder.of(rows.ids());
        Table table = new Table(tx, rows);
        // decision: each customer is added whole by one small method, features and category
        // modes together, so the JIT compiles it after a few hundred customers ([Blocks])
        for (int from = 0; from < order.length; from += Blocks.SIZE) {
            table.add(order, from, Math.min(from + Blocks.SIZE, order.length));
        }
        return table.done();
    }

    /// The customer table being filled, one row at a time.
    private static final class Table {

        private final CustomerRows rows;
        private final int[] days;
        private final double[] amounts;
        private final String[] ids;
        /// by customer number
        private final Contact[] contacts;
        private final long reference;
        private final CategoryModes modes;
        private final String[] sortedIds;
        private final String[] emails;
        private final String[] firstNames;
        private final String[] lastNames;
        private final double[] recency;
        private final double[] frequency;
        private final double[] monetary;
        private final double[] averageOrder;
        private final double[] tenure;

        Table(Transactions tx, CustomerRows rows) {
            this.rows = rows;
            this.days = rows.days();
            this.amounts = rows.amounts();
            this.ids = rows.ids();
            this.contacts = tx.customerContacts();
            // decision: measure recency and tenure from the day after the latest order in the file,
            // not from today. Shared data sets are often years old; against today every customer
            // would look lapsed and recency would stop telling customers apart.
            this.reference = (long) rows.latestDay() + 1;
            int customers = rows.customers();
            this.modes = new CategoryModes(tx.categoryCodes(), rows, customers);
            this.sortedIds = new String[customers];
            this.emails = new String[customers];
            this.firstNames = new String[customers];
            this.lastNames = new String[customers];
            this.recency = new double[customers];
            this.frequency = new double[customers];
            this.monetary = new double[customers];
            this.averageOrder = new double[customers];
            this.tenure = new double[customers];
        }

        /// Fills table rows `from` to `to` with their customers `order[i]`.
        void add(int[] order, int from, int to) {
            for (int i = from; i < to; i++) {
                add(i, order[i]);
            }
        }

        /// Fills table row `i` with customer `c`.
        private void add(int i, int c) {
            // fields in locals ([Blocks])
            int[] days = this.days;
            double[] amounts = this.amounts;
            int from = rows.start(c);
            int to = rows.start(c + 1);
            int first = days[from];
            int last = first;
            double spend = 0;
            for (int p = from; p < to; p++) {
                int day = days[p];
                first = Math.min(first, day);
                last = Math.max(last, day);
                double amount = amounts[p];
                if (!Double.isNaN(amount)) {
                    spend += amount;
                }
            }
            int count = to - from;
            sortedIds[i] = ids[c];
            Contact contact = contacts[c];
            if (contact != null) {
                emails[i] = contact.email();
                firstNames[i] = contact.firstName();
                lastNames[i] = contact.lastName();
            }
            recency[i] = reference - last;
            frequency[i] = count;
            monetary[i] = spend;
            averageOrder[i] = spend / count;
            tenure[i] = reference - first;
            modes.count(i, from, to);
        }

        CustomerTable done() {
            return new CustomerTable(sortedIds, emails, firstNames, lastNames, FEATURES,
                    new double[][] {recency, frequency, monetary, averageOrder, tenure}, modes.columns());
        }
    }
}
