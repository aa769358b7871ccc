package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// Order rows read from a transactions file, column-wise. Arrays are not copied.
///
/// Several facts come both by key and by number, the importer giving the numbers it made while
/// reading and other callers the keys: each part is worked out from the other when `null`, and
/// the two are checked against each other when both are given. The keys and texts worked out
/// from numbers are worked out when first asked for, as the per-customer step reads only the
/// numbers; until then they cost nothing.
///
/// @param customerIds      customer key of each order
/// @param orderDays        order date of each order, as days since 1970-01-01
/// @param amounts          order amount of each order
/// @param contacts         contact details per customer key, from the last row that had them;
///                         worked out from `customerContacts` when `null`, on first use
/// @param categories       category column name to the value of each order (`null` where
///                         missing), in the order the columns were chosen; worked out from
///                         `categoryCodes` when `null`, on first use
/// @param customerIndex    the customer of each order as a number: the distinct customer keys
///                         numbered 0, 1, 2... in order of first appearance; worked out from
///                         `customerIds` when `null`
/// @param categoryCodes    the same category columns with their values as numbers, in the same
///                         order; worked out from `categories` when `null`
/// @param customerContacts the contact details of each customer number, `null` where there are
///                         none; worked out from `contacts` when `null`
public record Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
        Map<String, String[]> categories, int[] customerIndex, Map<String, CodedCategory> categoryCodes,
        Contact[] customerContacts) {

    /// Orders without category columns.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts) {
        this(customerIds, orderDays, amounts, contacts, Map.of(), null, null, null);
    }

    /// Orders whose customer numbers are worked out from their keys.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
            Map<String, String[]> categories) {
        this(customerIds, orderDays, amounts, contacts, categories, null, null, null);
    }

    /// Orders whose category values and contacts are numbered from their text and keys.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
            Map<String, String[]> categories, int[] customerIndex) {
        this(customerIds, orderDays, amounts, contacts, categories, customerIndex, null, null);
    }

    /// Orders numbered as the importer reads them: customers, their contacts, and the values of
    /// each category column; the keys and texts are worked out from the numbers.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, int[] customerIndex,
            Contact[] customerContacts, Map<String, CodedCategory> categoryCodes) {
        this(customerIds, orderDays, amounts, null, null, customerIndex, categoryCodes, customerContacts);
    }

    public Transactions {
        if (orderDays.length != customerIds.length || amounts.length != customerIds.length) {
            throw new IllegalArgumentException("Every order needs a customer, a date and an amount");
        }
        if (contacts == null && customerContacts == null) {
            throw new IllegalArgumentException("The contacts are needed by customer key or by customer number (none is an empty map)");
        }
        if (categories == null && categoryCodes == null) {
            throw new IllegalArgumentException("The category columns are needed as text or as numbers (none is an empty map)");
        }
        if (categories != null) {
            for (Map.Entry<String, String[]> category : categories.entrySet()) {
                checkSize(category.getKey(), category.getValue().length, customerIds.length);
            }
        }
        if (categoryCodes != null) {
            for (Map.Entry<String, CodedCategory> category : categoryCodes.entrySet()) {
                checkSize(category.getKey(), category.getValue().size(), customerIds.length);
            }
        }
        if (categoryCodes == null) {
            categories = ordered(categories);
            categoryCodes = ordered(coded(categories));
        } else if (categories == null) {
            categoryCodes = ordered(categoryCodes);
            Map<String, CodedCategory> codes = categoryCodes;
            // decision: the text is spelled on first use, not here: the importer gives only the
            // numbers and the per-customer step reads only them, so spelling a `String` per order
            // and column here was work for a view that an import never looks at
            categories = new LazyMap<>(() -> Collections.unmodifiableMap(spelled(codes)));
        } else {
            checkSame(categories, categoryCodes);
            categories = ordered(categories);
            categoryCodes = ordered(categoryCodes);
        }
        // decision: the importer numbers the customers while it reads, where looking an id up
        // costs least; the per-customer step then adds up orders by number without a hash map
        int[] firstRows;
        boolean numberedHere = customerIndex == null;
        if (numberedHere) {
            customerIndex = number(customerIds);
            firstRows = firstRows(customerIndex);
        } else {
            firstRows = checkedFirstRows(customerIndex, customerIds);
        }
        if (customerContacts == null) {
            contacts = Map.copyOf(contacts);
            customerContacts = byNumber(contacts, customerIds, firstRows);
        } else {
            if (customerContacts.length != firstRows.length) {
                throw new IllegalArgumentException("The contacts are needed for each of the " + firstRows.length
                        + " customers, not " + customerContacts.length);
            }
            if (contacts == null) {
                Contact[] byNumber = customerContacts;
                String[] ids = customerIds;
                if (!numberedHere) {
                    checkKeysOnce(byNumber, ids, firstRows);
                }
                // decision: made on first use like the text above; what making it could refuse
                // (two customers with contact details under one key, which numbers given by a
                // caller can say) is still refused here, as it was when the map was made here
                contacts = new LazyMap<>(() -> byKey(byNumber, ids, firstRows));
            } else {
                contacts = Map.copyOf(contacts);
                checkSame(contacts, customerContacts, customerIds, firstRows);
            }
        }
    }

    public int size() {
        return customerIds.length;
    }

    /// How many distinct customers the orders have.
    public int customerCount() {
        // the constructor made sure there is one entry per customer number
        return customerContacts.length;
    }

    private static void checkSize(String category, int values, int orders) {
        if (values != orders) {
            throw new IllegalArgumentException("Category '" + category + "' needs one value per order");
        }
    }

    /// An unmodifiable copy that keeps the order of `map`.
    ///
    /// decision: not Map.copyOf, which forgets the order; the category columns keep the order
    /// the user chose them in, from import to persona cards
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Map<String, CodedCategory> coded(Map<String, String[]> categories) {
        Map<String, CodedCategory> out = new LinkedHashMap<>();
        categories.forEach((name, values) -> out.put(name, CodedCategory.of(values)));
        return out;
    }

    private static Map<String, String[]> spelled(Map<String, CodedCategory> categoryCodes) {
        Map<String, String[]> out = new LinkedHashMap<>();
        categoryCodes.forEach((name, coded) -> out.put(name, coded.orderValues()));
        return out;
    }

    /// Refuses numbers that do not say what the text says, column by column and order by order.
    private static void checkSame(Map<String, String[]> categories, Map<String, CodedCategory> categoryCodes) {
        if (!List.copyOf(categories.keySet()).equals(List.copyOf(categoryCodes.keySet()))) {
            throw new IllegalArgumentException("The category columns as text " + categories.keySet()
                    + " and as numbers " + categoryCodes.keySet() + " need to be the same, in the same order");
        }
        for (Map.Entry<String, String[]> category : categories.entrySet()) {
            CodedCategory coded = categoryCodes.get(category.getKey());
            String[] values = category.getValue();
            for (int r = 0; r < values.length; r++) {
                if (!coded.holds(r, values[r])) {
                    throw new IllegalArgumentException("Order row " + (r + 1) + " of category '" + category.getKey()
                            + "' is '" + values[r] + "' as text but not as a number");
                }
            }
        }
    }

    /// The row where each customer first appears, by customer number.
    private static int[] firstRows(int[] customerIndex) {
        int[] firstRows = new int[16];
        int customers = 0;
        for (int r = 0; r < customerIndex.length; r++) {
            if (customerIndex[r] == customers) {
                if (customers == firstRows.length) {
                    firstRows = Arrays.copyOf(firstRows, customers * 2);
                }
                firstRows[customers++] = r;
            }
        }
        return Arrays.copyOf(firstRows, customers);
    }

    private static Contact[] byNumber(Map<String, Contact> contacts, String[] ids, int[] firstRows) {
        Contact[] out = new Contact[firstRows.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = contacts.get(ids[firstRows[c]]);
        }
        return out;
    }

    private static Map<String, Contact> byKey(Contact[] customerContacts, String[] ids, int[] firstRows) {
        List<Map.Entry<String, Contact>> entries = new ArrayList<>();
        for (int c = 0; c < customerContacts.length; c++) {
            if (customerContacts[c] != null) {
                entries.add(Map.entry(ids[firstRows[c]], customerContacts[c]));
            }
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Contact>[] array = entries.toArray(new Map.Entry[0]);
        return Map.ofEntries(array);
    }

    /// Refuses two customer numbers with contact details under one key, which [#byKey] could not
    /// put in one map.
    private static void checkKeysOnce(Contact[] customerContacts, String[] ids, int[] firstRows) {
        Set<String> keys = HashSet.newHashSet(customerContacts.length);
        for (int c = 0; c < customerContacts.length; c++) {
            if (customerContacts[c] != null && !keys.add(ids[firstRows[c]])) {
                throw new IllegalArgumentException("Customer '" + ids[firstRows[c]] + "' has contact details under two customer numbers;"
                        + " each customer key needs one number");
            }
        }
    }

    /// Refuses contacts by number that are not the contacts by key of the same customers.
    private static void checkSame(Map<String, Contact> contacts, Contact[] customerContacts, String[] ids, int[] firstRows) {
        for (int c = 0; c < customerContacts.length; c++) {
            String id = ids[firstRows[c]];
            if (!Objects.equals(contacts.get(id), customerContacts[c])) {
                throw new IllegalArgumentException("Customer '" + id + "' has other contact details by number than by key");
            }
        }
    }

    private static int[] number(String[] ids) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] index = new int[ids.length];
        for (int r = 0; r < ids.length; r++) {
            if (ids[r] == null) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has no customer id");
            }
            Integer known = numbers.putIfAbsent(ids[r], numbers.size());
            index[r] = known == null ? numbers.size() - 1 : known;
        }
        return index;
    }

    /// The row where each customer first appears, by customer number, once the numbers as given
    /// are seen to follow the first appearances of the keys.
    private static int[] checkedFirstRows(int[] index, String[] ids) {
        if (index.length != ids.length) {
            throw new IllegalArgumentException("Every order needs a customer number");
        }
        int[] firstRows = new int[16];
        int customers = 0;
        for (int r = 0; r < ids.length; r++) {
            int customer = index[r];
            String id = ids[r];
            if (id == null) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has no customer id");
            }
            if (customer < 0 || customer > customers) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has customer number " + customer
                        + ", but customers are numbered in order of first appearance and the next new one is " + customers);
            }
            if (customer == customers) {
                if (customers == firstRows.length) {
                    firstRows = Arrays.copyOf(firstRows, customers * 2);
                }
                firstRows[customers++] = r;
            } else {
                // the importer hands every order of a customer the same `String`, so the
                // comparison of characters is left for other callers
                String first = ids[firstRows[customer]];
                if (id != first && !id.equals(first)) {
                    throw new IllegalArgumentException("Order row " + (r + 1) + " has customer number " + customer
                            + " but not that customer's id");
                }
            }
        }
        return Arrays.copyOf(firstRows, customers);
    }
}
