package io.personae.analytics.features;

import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.Transactions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/// Turns order rows into one row per customer with the classic RFM features plus average order
/// value and tenure, and each order-level category (country, channel) as the customer's most
/// frequent value (see [CategoryModes]).
///
/// Aggregation is a single pass over the column arrays into primitive per-customer arrays,
/// indexed by the customer numbers the importer gave the orders ([Transactions#customerIndex]),
/// so a million orders take tens of milliseconds with no look-up per order.
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
        String[] rowIds = tx.customerIds();
        int[] days = tx.orderDays();
        double[] amounts = tx.amounts();
        int[] rowCustomer = tx.customerIndex();
        int rows = tx.size();
        int customers = tx.customerCount();

        String[] ids = new String[customers];
        int[] first = new int[customers];
        int[] last = new int[customers];
        int[] count = new int[customers];
        double[] spend = new double[customers];
        int latest = Integer.MIN_VALUE;

        for (int r = 0; r < rows; r++) {
            int c = rowCustomer[r];
            int day = days[r];
            if (count[c]++ == 0) {
                ids[c] = rowIds[r];
                first[c] = day;
                last[c] = day;
            } else {
                first[c] = Math.min(first[c], day);
                last[c] = Math.max(last[c], day);
            }
            double amount = amounts[r];
            if (!Double.isNaN(amount)) {
                spend[c] += amount;
            }
            latest = Math.max(latest, day);
        }

        // decision: measure recency and tenure from the day after the latest order in the file,
        // not from today. Shared data sets are often years old; against today every customer
        // would look lapsed and recency would stop telling customers apart.
        long reference = (long) latest + 1;

        Integer[] order = sortedOrder(ids, customers);
        String[] sortedIds = new String[customers];
        String[] emails = new String[customers];
        String[] firstNames = new String[customers];
        String[] lastNames = new String[customers];
        double[] recency = new double[customers];
        double[] frequency = new double[customers];
        double[] monetary = new double[customers];
        double[] averageOrder = new double[customers];
        double[] tenure = new double[customers];
        Map<String, Contact> contacts = tx.contacts();
        for (int i = 0; i < customers; i++) {
            int c = order[i];
            sortedIds[i] = ids[c];
            Contact contact = contacts.getOrDefault(ids[c], Contact.NONE);
            emails[i] = contact.email();
            firstNames[i] = contact.firstName();
            lastNames[i] = contact.lastName();
            recency[i] = reference - last[c];
            frequency[i] = count[c];
            monetary[i] = spend[c];
            averageOrder[i] = spend[c] / count[c];
            tenure[i] = reference - first[c];
        }
        List<CategoryColumn> categories = CategoryModes.perCustomer(tx.categories(), rowCustomer, days, customers, order);
        return new CustomerTable(sortedIds, emails, firstNames, lastNames, FEATURES,
                new double[][] {recency, frequency, monetary, averageOrder, tenure}, categories);
    }

    private static Integer[] sortedOrder(String[] ids, int size) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        boolean numeric = true;
        double[] numbers = new double[size];
        for (int i = 0; i < size && numeric; i++) {
            numeric = isPlainNumber(ids[i]);
            if (numeric) {
                numbers[i] = Double.parseDouble(ids[i].strip());
            }
        }
        Comparator<Integer> byText = Comparator.comparing(i -> ids[i]);
        Comparator<Integer> comparator = numeric
                ? Comparator.<Integer>comparingDouble(i -> numbers[i]).thenComparing(byText)
                : byText;
        // decision: files are often listed by customer, so the numbering in order of first
        // appearance is often sorted already; a plain check of neighbours says so without the sort
        if (!inOrder(ids, numeric ? numbers : null, size)) {
            Arrays.sort(order, comparator);
        }
        return order;
    }

    /// Whether `ids[0..size)` are in the order [#sortedOrder] sorts them in.
    private static boolean inOrder(String[] ids, double[] numbers, int size) {
        for (int i = 1; i < size; i++) {
            int c = numbers == null ? 0 : Double.compare(numbers[i - 1], numbers[i]);
            if (c > 0 || c == 0 && ids[i - 1].compareTo(ids[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /// Digits with an optional sign and decimal part: what customer numbers look like. Stricter
    /// than `Double.parseDouble`, which would also take "NaN", "1e5" or "0x1p3".
    static boolean isPlainNumber(String text) {
        String s = text.strip();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
