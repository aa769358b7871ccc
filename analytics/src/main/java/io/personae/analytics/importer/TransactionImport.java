package io.personae.analytics.importer;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// Reads order rows: customer, date, amount (or quantity x unit price), the category columns,
/// and contact details when mapped. Category values stay per order;
/// [io.personae.analytics.features.TransactionFeatures] turns them into one value per customer.
///
/// Rows without a customer id or with an unreadable date or amount are skipped and counted in
/// the [QualityReport] with their line; the first such row is in the message when every row
/// fails. Cancellations are netted or excluded as [ImportOptions#cancellations] says.
final class TransactionImport {

    private static final int CHECK_EVERY = 4096;

    private final Path file;
    private final TableReader reader;
    private final MappedColumns columns;
    private final ImportOptions options;
    private final ProgressMonitor progress;
    private final CategoryCells categories;
    private final QualityProfiler quality;
    private final Set<Long> seenRows;

    private final Map<String, String> customers = new HashMap<>();
    private final Map<String, Contact> contacts = new HashMap<>();
    private final DateColumn dates;
    private String[] ids = new String[1024];
    private int[] days = new int[1024];
    private double[] amounts = new double[1024];
    private boolean[] cancelled = new boolean[1024];
    private int size;
    private long rowsRead;
    private long rowsSkipped;
    private long cancellations;
    private long duplicatesDropped;
    private String firstProblem;

    private TransactionImport(Path file, TableReader reader, MappedColumns columns, ImportOptions options, ProgressMonitor progress) {
        this.file = file;
        this.reader = reader;
        this.columns = columns;
        this.options = options;
        this.progress = progress;
        this.categories = new CategoryCells(options.categoryColumns(), columns, ids.length);
        this.quality = new QualityProfiler(reader.headers(), reader.decimalComma(), options.format().dateOrder());
        this.seenRows = options.cleaning().deduplicateRows() ? new HashSet<>() : null;
        this.dates = new DateColumn(options.format().dateOrder());
    }

    static ImportedFile read(Path file, TableReader reader, ImportOptions options, ProgressMonitor progress) throws ImportException {
        MappedColumns columns = MappedColumns.of(file, reader.headers(), options);
        return new TransactionImport(file, reader, columns, options, progress).readAll();
    }

    private ImportedFile readAll() throws ImportException {
        boolean decimalComma = reader.decimalComma();
        String name = file.getFileName().toString();
        boolean keepMissingIds = options.cleaning().missingIds() == Cleaning.MissingIds.KEEP;
        boolean exclude = options.cancellations() == Cancellations.EXCLUDE;
        while (reader.next()) {
            rowsRead++;
            if (rowsRead % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(reader.progress(), "Reading " + name + ": " + rowsRead + " rows");
            }
            long hash = quality.row(reader);
            if (seenRows != null && !seenRows.add(hash)) {
                duplicatesDropped++;
                skip("it repeats an earlier row exactly");
                continue;
            }
            String id = CustomerIds.normalise(reader.cell(columns.customerId()));
            if (id.isEmpty()) {
                if (!keepMissingIds) {
                    skip("there is no customer id");
                    continue;
                }
                id = Cleaning.NO_ID;
            }
            double amount = amount(decimalComma);
            if (Double.isNaN(amount)) {
                continue;
            }
            boolean cancel = isCancellation(amount, decimalComma);
            if (cancel && exclude) {
                cancellations++;
                skip("it is a cancellation or return (excluded)");
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
            cancelled[size] = cancel;
            cancellations += cancel ? 1 : 0;
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
        List<String> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        dates.explain(options.orderDate()).ifPresent(notes::add);
        if (duplicatesDropped > 0) {
            steps.add(String.format(Locale.ROOT, "Removed %,d rows repeating an earlier row exactly", duplicatesDropped));
        }
        if (cancellations > 0) {
            steps.add(exclude ? String.format(Locale.ROOT, "Excluded %,d cancellations and returns", cancellations) : net());
        }
        if (options.cleaning().capPercentile() > 0) {
            long capped = Percentiles.cap(amounts, size, options.cleaning().capPercentile());
            steps.add(String.format(Locale.ROOT, "Capped %,d amounts at the %s and %s percentiles", capped,
                    CellText.number(options.cleaning().capPercentile()), CellText.number(100 - options.cleaning().capPercentile())));
        }
        int[] kept = keptRows();
        Transactions transactions = new Transactions(pick(ids, kept), pick(days, kept), pick(amounts, kept), contacts,
                categories.orderColumns(size, kept));
        int customerCount = kept == null ? customers.size() : (int) Arrays.stream(transactions.customerIds()).distinct().count();
        ImportSummary summary = new ImportSummary(file, DataKind.TRANSACTIONS, rowsRead, rowsSkipped, customerCount, notes);
        progress.update(1, summary.describe());
        return new ImportedFile(summary, options, transactions, null, quality.report(0, steps, notes));
    }

    /// The amount of the current row, or NaN after recording why there is none.
    private double amount(boolean decimalComma) {
        if (!options.amountFromLines()) {
            String text = reader.cell(columns.amount());
            double amount = NumberText.parse(text, decimalComma);
            if (Double.isNaN(amount)) {
                skip("'" + text + "' is not an amount");
            }
            return amount;
        }
        String quantityText = reader.cell(columns.quantity());
        String priceText = reader.cell(columns.unitPrice());
        double quantity = NumberText.parse(quantityText, decimalComma);
        double price = NumberText.parse(priceText, decimalComma);
        if (Double.isNaN(quantity)) {
            skip("'" + quantityText + "' is not a quantity");
            return Double.NaN;
        }
        if (Double.isNaN(price)) {
            skip("'" + priceText + "' is not a unit price");
            return Double.NaN;
        }
        return quantity * price;
    }

    /// A negative quantity or amount, or an invoice number with a cancel prefix (`C489449`).
    ///
    /// decision: only in order-line files (a quantity or an invoice column is mapped); in a file of
    /// amounts alone a negative amount is a refund row, kept as it always was
    private boolean isCancellation(double amount, boolean decimalComma) {
        if (columns.quantity() < 0 && columns.invoice() < 0) {
            return false;
        }
        if (amount < 0) {
            return true;
        }
        if (columns.quantity() >= 0 && NumberText.parse(reader.cell(columns.quantity()), decimalComma) < 0) {
            return true;
        }
        if (columns.invoice() >= 0) {
            String invoice = reader.cell(columns.invoice()).strip();
            return invoice.length() > 1 && (invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c') && Character.isDigit(invoice.charAt(1));
        }
        return false;
    }

    /// Folds each cancellation into an order of the same customer, so it lowers the spend but is
    /// not an order itself; a cancellation whose customer has no order in the file is dropped.
    private String net() {
        Map<String, Integer> lastOrder = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (!cancelled[i]) {
                lastOrder.put(ids[i], i);
            }
        }
        long netted = 0;
        long orphans = 0;
        for (int i = 0; i < size; i++) {
            if (cancelled[i]) {
                Integer order = lastOrder.get(ids[i]);
                if (order != null) {
                    amounts[order] += amounts[i];
                    netted++;
                } else {
                    orphans++;
                }
            }
        }
        return String.format(Locale.ROOT, "Netted %,d cancellations and returns against their customers' orders", netted)
                + (orphans == 0 ? "" : String.format(Locale.ROOT,
                        "; dropped %,d whose customer has no order in this file", orphans));
    }

    /// Rows to keep: all but the cancellations folded by [#net] or dropped.
    private int[] keptRows() {
        if (cancellations == 0 || options.cancellations() == Cancellations.EXCLUDE) {
            return null;
        }
        int[] kept = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!cancelled[i]) {
                kept[n++] = i;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private String[] pick(String[] values, int[] kept) {
        if (kept == null) {
            return Arrays.copyOf(values, size);
        }
        String[] out = new String[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = values[kept[i]];
        }
        return out;
    }

    private int[] pick(int[] values, int[] kept) {
        if (kept == null) {
            return Arrays.copyOf(values, size);
        }
        int[] out = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = values[kept[i]];
        }
        return out;
    }

    private double[] pick(double[] values, int[] kept) {
        if (kept == null) {
            return Arrays.copyOf(values, size);
        }
        double[] out = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = values[kept[i]];
        }
        return out;
    }

    private void skip(String why) {
        rowsSkipped++;
        quality.reject(reader.line(), why);
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
            cancelled = Arrays.copyOf(cancelled, capacity);
            categories.grow(capacity);
        }
    }
}
