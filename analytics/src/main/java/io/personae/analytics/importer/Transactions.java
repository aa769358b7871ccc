package io.personae.analytics.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/// Order rows read from a transactions file, column-wise. Arrays are not copied.
///
/// @param customerIds customer key of each order
/// @param orderDays   order date of each order, as days since 1970-01-01
/// @param amounts     order amount of each order
/// @param contacts    contact details per customer key, from the last row that had them
/// @param categories  category column name to the value of each order (`null` where missing),
///                    in the order the columns were chosen
public record Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts,
        Map<String, String[]> categories) {

    /// Orders without category columns.
    public Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts) {
        this(customerIds, orderDays, amounts, contacts, Map.of());
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
    }

    public int size() {
        return customerIds.length;
    }
}
