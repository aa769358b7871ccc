package io.personae.analytics.importer;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/// Order rows read from a transactions file, column-wise. Arrays are not copied.
///
/// @param customerIds   customer key of each order
/// @param orderDays     order date of each order, as days since 1970-01-01
/// @param amounts       order amount of each order
/// @param contacts      contact details per customer key, from the last row that had them
/// @param categories    category column name to the value of each order (`null` where missing),
///                      in the order the columns were chosen
/// @param customerIndex the customer of each order as a number: the distinct customer keys
///                      numbered 0, 1, 2... in order of first appearance; worked out from
///                      `customerIds` when `null`
public record Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
        Map<String, String[]> categories, int[] customerIndex) {

    /// Orders without category columns.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts) {
        this(customerIds, orderDays, amounts, contacts, Map.of(), null);
    }

    /// Orders whose customer numbers are worked out from their keys.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
            Map<String, String[]> categories) {
        this(customerIds, orderDays, amounts, contacts, categories, null);
    }

    public Transactions {
        if (orderDays.length != customerIds.length || amounts.length != customerIds.length) {
            throw new IllegalArgumentException("Every order needs a customer, a date and an amount");
        }
        contacts = Map.copyOf(contacts);
        for (Map.Entry<String, String[]> category : categories.entrySet()) {
            if (category.getValue().length != customerIds.length) {
                throw new IllegalArgumentException("Category '" + category.getKey() + "' needs one value per order");
            }
        }
        // decision: not Map.copyOf, which forgets the order; the category columns keep the
        // order the user chose them in, from import to persona cards
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        // decision: the importer numbers the customers while it reads, where looking an id up
        // costs least; the per-customer step then adds up orders by number without a hash map
        customerIndex = customerIndex == null ? number(customerIds) : checked(customerIndex, customerIds);
    }

    public int size() {
        return customerIds.length;
    }

    /// How many distinct customers the orders have.
    public int customerCount() {
        int count = 0;
        for (int customer : customerIndex) {
            count = Math.max(count, customer + 1);
        }
        return count;
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

    /// The numbers as given, once they are seen to follow the first appearances of the keys.
    private static int[] checked(int[] index, String[] ids) {
        if (index.length != ids.length) {
            throw new IllegalArgumentException("Every order needs a customer number");
        }
        int[] firstRow = new int[16];
        int customers = 0;
        for (int r = 0; r < ids.length; r++) {
            int customer = index[r];
            if (ids[r] == null) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has no customer id");
            }
            if (customer < 0 || customer > customers) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has customer number " + customer
                        + ", but customers are numbered in order of first appearance and the next new one is " + customers);
            }
            if (customer == customers) {
                if (customers == firstRow.length) {
                    firstRow = Arrays.copyOf(firstRow, customers * 2);
                }
                firstRow[customers++] = r;
            } else if (!ids[r].equals(ids[firstRow[customer]])) {
                throw new IllegalArgumentException("Order row " + (r + 1) + " has customer number " + customer
                        + " but not that customer's id");
            }
        }
        return index;
    }
}
