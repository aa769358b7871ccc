package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
/// @param columnTypes    the user's type for some columns, by header (see [ColumnType]); each
///                       must fit the column's role: use [#withColumnTypes] to move columns
///                       into the roles their types give them
/// @param keepMarkerColumns columns where text that usually marks a missing value (`NA`, `N/A`,
///                       `-`, `null`...) is a real value, such as `NA` for North America in a
///                       region column; blank cells stay missing (see [MissingMarkers]). Only
///                       text and category columns: in a number or date column such text can
///                       only mean missing
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
        Cleaning cleaning,
        Map<String, ColumnType> columnTypes,
        List<String> keepMarkerColumns) {

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

    /// A mapping without column types.
    public ImportOptions(DataKind kind, String customerId, String email, String firstName, String lastName,
            String orderDate, String amount, List<String> featureColumns, List<String> categoryColumns, String quantity,
            String unitPrice, String invoice, Cancellations cancellations, FileFormat format, Cleaning cleaning) {
        this(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns, quantity,
                unitPrice, invoice, cancellations, format, cleaning, Map.of());
    }

    /// A mapping where every missing marker means missing.
    public ImportOptions(DataKind kind, String customerId, String email, String firstName, String lastName,
            String orderDate, String amount, List<String> featureColumns, List<String> categoryColumns, String quantity,
            String unitPrice, String invoice, Cancellations cancellations, FileFormat format, Cleaning cleaning,
            Map<String, ColumnType> columnTypes) {
        this(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns, quantity,
                unitPrice, invoice, cancellations, format, cleaning, columnTypes, List.of());
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
        columnTypes = typesChecked(columnTypes);
        checkType(columnTypes, customerId, "the customer id", null);
        checkType(columnTypes, orderDate, "the order date", ColumnType::date);
        for (String column : new String[] {amount, quantity, unitPrice}) {
            checkType(columnTypes, column, "an amount, quantity or price", ColumnType::numeric);
        }
        for (String column : featureColumns) {
            checkType(columnTypes, column, "a number to segment on", ColumnType::numeric);
        }
        for (String column : categoryColumns) {
            checkType(columnTypes, column, "a category", ColumnType::category);
        }
        for (String column : new String[] {email, firstName, lastName, invoice}) {
            checkType(columnTypes, column, "a contact detail or invoice number", null);
        }
        keepMarkerColumns = keptChecked(keepMarkerColumns, columnTypes,
                List.of(featureColumns, java.util.Arrays.asList(orderDate, amount, quantity, unitPrice)));
    }

    /// The columns keeping marker text as values, refused where such text can only mean missing:
    /// a column read as numbers or dates (by its role or its type), or one left out.
    private static List<String> keptChecked(List<String> columns, Map<String, ColumnType> types, List<List<String>> numberRoles) {
        if (columns == null || columns.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(columns.size());
        for (String column : columns) {
            if (isBlank(column)) {
                throw new IllegalArgumentException("A column whose NA is kept as a value needs a name.");
            }
            String name = column.strip();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean numberRole = numberRoles.stream().flatMap(List::stream).anyMatch(role -> role != null && role.strip().equalsIgnoreCase(name));
            ColumnType type = typeOf(types, name);
            if (numberRole || type != null && (type.numeric() || type.date() || type == ColumnType.IGNORE)) {
                throw new IllegalArgumentException("Column '" + name + "' is read as "
                        + (type == ColumnType.IGNORE ? "nothing (it is ignored)" : numberRole ? "numbers or dates" : TypedColumns.words(type))
                        + ", where NA can only mean missing. Keep NA as a value only in text or category columns.");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }

    private static Map<String, ColumnType> typesChecked(Map<String, ColumnType> types) {
        if (types == null || types.isEmpty()) {
            return Map.of();
        }
        Map<String, ColumnType> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, ColumnType> typed : types.entrySet()) {
            if (isBlank(typed.getKey()) || typed.getValue() == null) {
                throw new IllegalArgumentException("A column type needs a column name and a type; got '" + typed.getKey()
                        + "=" + typed.getValue() + "'.");
            }
            if (!seen.add(typed.getKey().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column '" + typed.getKey() + "' is given a type twice; give it one.");
            }
            out.put(typed.getKey().strip(), typed.getValue());
        }
        return Collections.unmodifiableMap(out);
    }

    /// Refuses a role for a column whose type cannot fill it; `fits == null` accepts any type
    /// but [ColumnType#IGNORE].
    private static void checkType(Map<String, ColumnType> types, String column, String role,
            java.util.function.Predicate<ColumnType> fits) {
        ColumnType type = typeOf(types, column);
        if (type == null) {
            return;
        }
        if (type == ColumnType.IGNORE || fits != null && !fits.test(type)) {
            throw new IllegalArgumentException("Column '" + column + "' is set to " + TypedColumns.words(type)
                    + (type == ColumnType.IGNORE ? ", so it cannot be " : ", which cannot be ") + role
                    + ". Choose another column for that, or another type for this one.");
        }
    }

    private static ColumnType typeOf(Map<String, ColumnType> types, String column) {
        if (isBlank(column)) {
            return null;
        }
        for (Map.Entry<String, ColumnType> typed : types.entrySet()) {
            if (typed.getKey().equalsIgnoreCase(column.strip())) {
                return typed.getValue();
            }
        }
        return null;
    }

    /// The type the user gave `column`, or `null` when its values decide.
    public ColumnType typeOf(String column) {
        return typeOf(columnTypes, column);
    }

    /// This mapping with column types, the columns moved into the roles their types give them:
    /// a column typed as a category or yes/no becomes a category; one typed as a number becomes
    /// a feature of customer data; a column typed otherwise leaves the features and categories,
    /// and an ignored one leaves the contact and invoice roles. The other roles (id, date,
    /// amount) must fit their types, else the constructor says which does not.
    public ImportOptions withColumnTypes(Map<String, ColumnType> types) {
        Map<String, ColumnType> checked = typesChecked(types);
        List<String> features = new ArrayList<>();
        for (String column : featureColumns) {
            ColumnType type = typeOf(checked, column);
            if (type == null || type.numeric()) {
                features.add(column);
            }
        }
        List<String> categories = new ArrayList<>();
        for (String column : categoryColumns) {
            ColumnType type = typeOf(checked, column);
            if (type == null || type.category()) {
                categories.add(column);
            }
        }
        List<String> keyRoles = new ArrayList<>();
        for (String column : new String[] {customerId, email, firstName, lastName, orderDate, amount, quantity, unitPrice, invoice}) {
            if (!isBlank(column)) {
                keyRoles.add(column.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<String, ColumnType> typed : checked.entrySet()) {
            String column = typed.getKey();
            boolean taken = keyRoles.contains(column.toLowerCase(Locale.ROOT)) || containsIgnoringCase(features, column)
                    || containsIgnoringCase(categories, column);
            if (taken) {
                continue;
            }
            if (typed.getValue().category()) {
                categories.add(column);
            } else if (typed.getValue().numeric() && kind == DataKind.CUSTOMERS) {
                features.add(column);
            }
        }
        return new ImportOptions(kind, customerId, unlessIgnored(checked, email), unlessIgnored(checked, firstName),
                unlessIgnored(checked, lastName), orderDate, amount, features, categories, quantity, unitPrice,
                unlessIgnored(checked, invoice), cancellations, format, cleaning, checked, keepMarkerColumns);
    }

    private static boolean containsIgnoringCase(List<String> columns, String column) {
        return columns.stream().anyMatch(c -> c.equalsIgnoreCase(column));
    }

    private static String unlessIgnored(Map<String, ColumnType> types, String column) {
        return typeOf(types, column) == ColumnType.IGNORE ? null : column;
    }

    /// This mapping with other category columns, for a user overriding the guessed ones.
    public ImportOptions withCategoryColumns(List<String> columns) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, columns,
                quantity, unitPrice, invoice, cancellations, format, cleaning, columnTypes, keepMarkerColumns);
    }

    /// This mapping with the amount taken as quantity x unit price (or, with `null`s, from the amount column).
    public ImportOptions withOrderLines(String quantityColumn, String unitPriceColumn, String invoiceColumn) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantityColumn, unitPriceColumn, invoiceColumn, cancellations, format, cleaning, columnTypes, keepMarkerColumns);
    }

    /// This mapping with the amount from one column (`null` to use quantity x unit price instead).
    public ImportOptions withAmount(String amountColumn) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amountColumn, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, format, cleaning, columnTypes, keepMarkerColumns);
    }

    public ImportOptions withCancellations(Cancellations value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, value, format, cleaning, columnTypes, keepMarkerColumns);
    }

    public ImportOptions withFormat(FileFormat value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, value, cleaning, columnTypes, keepMarkerColumns);
    }

    public ImportOptions withCleaning(Cleaning value) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, format, value, columnTypes, keepMarkerColumns);
    }

    /// This mapping with other columns whose missing-marker text (`NA`, `N/A`, `-`...) is kept as
    /// a value; an empty list makes every marker missing again.
    public ImportOptions withKeepMarkerColumns(List<String> columns) {
        return new ImportOptions(kind, customerId, email, firstName, lastName, orderDate, amount, featureColumns, categoryColumns,
                quantity, unitPrice, invoice, cancellations, format, cleaning, columnTypes, columns);
    }

    /// Whether marker text such as `NA` in `column` is kept as a value.
    public boolean keepsMarkers(String column) {
        return !isBlank(column) && keepMarkerColumns.stream().anyMatch(c -> c.equalsIgnoreCase(column.strip()));
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
