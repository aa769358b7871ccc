package io.personae.analytics.importer;

import java.util.Map;

/// Order rows read from a transactions file, column-wise. Arrays are not copied.
///
/// @param customerIds customer key of each order
/// @param orderDays   order date of each order, as days since 1970-01-01
/// @param amounts     order amount of each order
/// @param contacts    contact details per customer key, from the last row that had them
public record Transactions(String[] customerIds, int[] orderDays, double[] amounts, Map<String, Contact> contacts) {

    public Transactions {
        if (orderDays.length != customerIds.length || amounts.length != customerIds.length) {
            throw new IllegalArgumentException("Every order needs a customer, a date and an amount");
        }
        contacts = Map.copyOf(contacts);
    }

    public int size() {
        return customerIds.length;
    }
}
