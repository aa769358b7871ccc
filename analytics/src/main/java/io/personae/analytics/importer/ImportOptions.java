package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.List;

/// How the columns of a file map to roles. Columns are named by their header text.
///
/// Validated on construction against the rules of each [DataKind]; checking that the named
/// columns exist in a particular file is the importer's job, since only it has the file.
///
/// @param kind           transactions or one row per customer
/// @param customerId     the customer key column (required)
/// @param email          email column, or `null`
/// @param firstName      first name column, or `null`
/// @param lastName       last name column, or `null`
/// @param orderDate      order date column, required for transactions
/// @param amount         order amount column, required for transactions
/// @param featureColumns numeric columns used as features, required (one or more) for customer data
public record ImportOptions(
        DataKind kind,
        String customerId,
        String email,
        String firstName,
        String lastName,
        String orderDate,
        String amount,
        List<String> featureColumns) {

    public ImportOptions {
        if (kind == null) {
            throw new IllegalArgumentException("Choose whether the file holds transactions or one row per customer.");
        }
        if (isBlank(customerId)) {
            throw new IllegalArgumentException("Choose the column that holds the customer id.");
        }
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        if (kind == DataKind.TRANSACTIONS && (isBlank(orderDate) || isBlank(amount))) {
            throw new IllegalArgumentException("Transaction data needs an order date column and an order amount column.");
        }
        if (kind == DataKind.CUSTOMERS && featureColumns.isEmpty()) {
            throw new IllegalArgumentException("Customer data needs at least one numeric column to segment on.");
        }
    }

    /// Every column this mapping names, in role order.
    public List<String> mappedColumns() {
        List<String> columns = new ArrayList<>();
        for (String column : new String[] {customerId, email, firstName, lastName, orderDate, amount}) {
            if (!isBlank(column)) {
                columns.add(column);
            }
        }
        columns.addAll(featureColumns);
        return columns;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
