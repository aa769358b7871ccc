package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
/// @param categoryColumns columns read as categories (country, gender, yes/no flags...), for
///                       profiling personas and optionally for segmentation; for transactions,
///                       each customer gets the value of most of their orders
public record ImportOptions(
        DataKind kind,
        String customerId,
        String email,
        String firstName,
        String lastName,
        String orderDate,
        String amount,
        List<String> featureColumns,
        List<String> categoryColumns) {

    /// A mapping without category columns.
    public ImportOptions(DataKind kind, String customerId, String email, String firstName, String lastName,
            String orderDate, String amount, List<String> featureColumns) {
        this(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, List.of());
    }

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
        categoryColumns = categoryColumns == null ? List.of() : List.copyOf(categoryColumns);
        Set<String> seen = new HashSet<>();
        for (String column : categoryColumns) {
            if (isBlank(column)) {
                throw new IllegalArgumentException("A category column needs a name.");
            }
            if (!seen.add(column.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column '" + column + "' is chosen twice as a category; choose it once.");
            }
        }
    }

    /// This mapping with other category columns, for a user overriding the guessed ones.
    public ImportOptions withCategoryColumns(List<String> columns) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, columns);
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
        columns.addAll(categoryColumns);
        return columns;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
