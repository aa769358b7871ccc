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
/// @param quantity       quantity column of order lines, or `null`; with `unitPrice` it gives
///                       the amount (quantity x unit price) when there is no amount column, and
///                       a negative quantity marks a cancellation
/// @param unitPrice      unit price column of order lines, or `null`
/// @param invoice        invoice or order number column, or `null`; a number starting with `C`
///                       marks a cancellation
/// @param cancellations  what to do with cancelled or returned order lines
/// @param format         how the file is read (delimiter, header row, sheet, date order...)
/// @param cleaning       cleaning steps applied while reading
public record ImportOptions(
        DataKind kind,
        String customerId,
        String email,
        String firstName,
        String lastName,
        String orderDate,
        String amount,
        List<String> featureColumns,
        List<String> categoryColumns,
        String quantity,
        String unitPrice,
        String invoice,
        Cancellations cancellations,
        FileFormat format,
        Cleaning cleaning) {

    /// A mapping without category columns.
    public ImportOptions(DataKind kind, String customerId, String email, String firstName, String lastName,
            String orderDate, String amount, List<String> featureColumns) {
        this(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, List.of());
    }

    /// A mapping read with the guessed format and the default cleaning.
    public ImportOptions(DataKind kind, String customerId, String email, String firstName, String lastName,
            String orderDate, String amount, List<String> featureColumns, List<String> categoryColumns) {
        this(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                null, null, null, Cancellations.NET, FileFormat.AUTO, Cleaning.DEFAULTS);
    }

    public ImportOptions {
        if (kind == null) {
            throw new IllegalArgumentException("Choose whether the file holds transactions or one row per customer.");
        }
        if (isBlank(customerId)) {
            throw new IllegalArgumentException("Choose the column that holds the customer id.");
        }
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        amount = blankToNull(amount);
        quantity = blankToNull(quantity);
        unitPrice = blankToNull(unitPrice);
        invoice = blankToNull(invoice);
        cancellations = cancellations == null ? Cancellations.NET : cancellations;
        format = format == null ? FileFormat.AUTO : format;
        cleaning = cleaning == null ? Cleaning.DEFAULTS : cleaning;
        if ((quantity == null) != (unitPrice == null) && amount == null) {
            throw new IllegalArgumentException("An amount from quantity x unit price needs both columns: choose the "
                    + (quantity == null ? "quantity" : "unit price") + " column too, or an amount column.");
        }
        if (kind == DataKind.TRANSACTIONS && (isBlank(orderDate) || amount == null && unitPrice == null)) {
            throw new IllegalArgumentException("Transaction data needs an order date column and an order amount column"
                    + " (or a quantity and a unit price column).");
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
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, columns,
                quantity, unitPrice, invoice, cancellations, format, cleaning);
    }

    /// This mapping with the amount taken as quantity x unit price (or, with `null`s, from the amount column).
    public ImportOptions withOrderLines(String quantityColumn, String unitPriceColumn, String invoiceColumn) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantityColumn, unitPriceColumn, invoiceColumn, cancellations, format, cleaning);
    }

    /// This mapping with the amount from one column (`null` to use quantity x unit price instead).
    public ImportOptions withAmount(String amountColumn) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amountColumn, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, format, cleaning);
    }

    public ImportOptions withCancellations(Cancellations value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, value, format, cleaning);
    }

    public ImportOptions withFormat(FileFormat value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, value, cleaning);
    }

    public ImportOptions withCleaning(Cleaning value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, format, value);
    }

    /// Whether the amount is computed as quantity x unit price.
    public boolean amountFromLines() {
        return amount == null && unitPrice != null;
    }

    /// Every column this mapping names, in role order.
    public List<String> mappedColumns() {
        List<String> columns = new ArrayList<>();
        for (String column : new String[] {customerId, email, firstName, lastName, orderDate, amount, quantity, unitPrice, invoice}) {
            if (!isBlank(column)) {
                columns.add(column);
            }
        }
        columns.addAll(featureColumns);
        columns.addAll(categoryColumns);
        return columns;
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
