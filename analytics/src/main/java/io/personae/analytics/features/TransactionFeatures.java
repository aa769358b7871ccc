package io.personae.analytics.features;

import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.Transactions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Turns order rows into one row per customer with the classic RFM features plus average order
/// value and tenure, and each order-level category (country, channel) as the customer's most
/// frequent value (see [CategoryModes]).
///
/// Aggregation is a single pass over the column arrays into primitive per-customer arrays, so
/// a million orders take a fraction of a second and little memory beyond the id map.
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
    ///
    /// @throws IllegalArgumentException when an order has no customer id
    public static CustomerTable build(Transactions tx) {
        String[] rowIds = tx.customerIds();
        int[] days = tx.orderDays();
        double[] amounts = tx.amounts();
        int rows = tx.size();
        int[] rowCustomer = tx.categories().isEmpty() ? null : new int[rows];

        Map<String, Integer> index = new HashMap<>(Math.max(16, rows / 4));
        String[] ids = new String[Math.max(16, rows / 8)];
        int[] first = new int[ids.length];
        int[] last = new int[ids.length];
        int[] count = new int[ids.length];
        double[] spend = new double[ids.length];
        int customers = 0;
        int latest = Integer.MIN_VALUE;

        for (int r = 0; r < rows; r++) {
            String id = rowIds[r];
            if (id == null) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has no customer id");
            }
            int day = days[r];
            Integer known = index.putIfAbsent(id, customers);
            int c;
            if (known == null) {
                c = customers++;
                if (c == ids.length) {
                    int grown = ids.length * 2;
                    ids = Arrays.copyOf(ids, grown);
                    first = Arrays.copyOf(first, grown);
                    last = Arrays.copyOf(last, grown);
                    count = Arrays.copyOf(count, grown);
                    spend = Arrays.copyOf(spend, grown);
                }
                ids[c] = id;
                first[c] = day;
                last[c] = day;
            } else {
                c = known;
                first[c] = Math.min(first[c], day);
                last[c] = Math.max(last[c], day);
            }
            count[c]++;
            if (rowCustomer != null) {
                rowCustomer[r] = c;
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
        List<CategoryColumn> categories = rowCustomer == null
                ? List.of()
                : CategoryModes.perCustomer(tx.categories(), rowCustomer, days, customers, order);
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
        Arrays.sort(order, comparator);
        return order;
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
