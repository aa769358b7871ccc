package io.personae.analytics.importer;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/// Reads order rows: customer, date, amount, the category columns, and contact details when
/// mapped. Category values stay per order; [io.personae.analytics.features.TransactionFeatures]
/// turns them into one value per customer.
///
/// Rows without a customer id or with an unreadable date or amount are skipped and counted;
/// the user sees the count, and the first such row in the message when every row fails.
final class TransactionImport {

    private static final int CHECK_EVERY = 4096;

    private final Path file;
    private final TableReader reader;
    private final MappedColumns columns;
    private final ProgressMonitor progress;
    private final CategoryCells categories;

    private final Map<String, String> customers = new HashMap<>();
    private final Map<String, Contact> contacts = new HashMap<>();
    private final DateColumn dates = new DateColumn();
    private String[] ids = new String[1024];
    private int[] days = new int[1024];
    private double[] amounts = new double[1024];
    private int size;
    private long rowsRead;
    private long rowsSkipped;
    private String firstProblem;

    private TransactionImport(Path file, TableReader reader, MappedColumns columns, ImportOptions options, ProgressMonitor progress) {
        this.file = file;
        this.reader = reader;
        this.columns = columns;
        this.progress = progress;
        this.categories = new CategoryCells(options.categoryColumns(), columns, ids.length);
    }

    static ImportedFile read(Path file, TableReader reader, ImportOptions options, ProgressMonitor progress) throws ImportException {
        MappedColumns columns = MappedColumns.of(file, reader.headers(), options);
        return new TransactionImport(file, reader, columns, options, progress).readAll(options);
    }

    private ImportedFile readAll(ImportOptions options) throws ImportException {
        boolean decimalComma = reader.decimalComma();
        String name = file.getFileName().toString();
        while (reader.next()) {
            rowsRead++;
            if (rowsRead % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(reader.progress(), "Reading " + name + ": " + rowsRead + " rows");
            }
            String id = CustomerIds.normalise(reader.cell(columns.customerId()));
            if (id.isEmpty()) {
                skip("there is no customer id");
                continue;
            }
            String amountText = reader.cell(columns.amount());
            double amount = NumberText.parse(amountText, decimalComma);
            if (Double.isNaN(amount)) {
                skip("'" + amountText + "' is not an amount");
                continue;
            }
            ensureCapacity();
            String dateText = reader.cell(columns.orderDate());
            if (!dates.read(dateText, size, days)) {
                skip("'" + dateText + "' is not a date");
                continue;
            }
            String key = customers.computeIfAbsent(id, k -> k);
            ids[size] = key;
            amounts[size] = amount;
            categories.read(reader, size);
            size++;
            if (columns.hasContact()) {
                Contact contact = columns.contact(reader);
                if (contact != Contact.NONE) {
                    contacts.put(key, contact);
                }
            }
        }
        progress.checkCancelled();
        if (size == 0) {
            throw new ImportException(file, 0, "None of the " + rowsRead + " data rows has a customer id, a readable order date and a readable amount"
                    + " (first problem: " + firstProblem + "). Check that the right columns are chosen for the customer id, date and amount.");
        }
        dates.resolve(days);
        Transactions transactions = new Transactions(Arrays.copyOf(ids, size), Arrays.copyOf(days, size), Arrays.copyOf(amounts, size), contacts,
                categories.orderColumns(size));
        ImportSummary summary = new ImportSummary(file, DataKind.TRANSACTIONS, rowsRead, rowsSkipped, customers.size());
        progress.update(1, summary.describe());
        return new ImportedFile(summary, options, transactions, null);
    }

    private void skip(String why) {
        rowsSkipped++;
        if (firstProblem == null) {
            firstProblem = "line " + reader.line() + ": " + why;
        }
    }

    private void ensureCapacity() {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
            categories.grow(capacity);
        }
    }
}
