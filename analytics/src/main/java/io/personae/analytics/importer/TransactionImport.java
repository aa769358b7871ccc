package io.personae.analytics.importer;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Reads order rows: customer, date, amount (or quantity x unit price), the category columns,
/// and contact details when mapped. Category values stay per order;
/// [io.personae.analytics.features.TransactionFeatures] turns them into one value per customer.
///
/// Rows without a customer id or with an unreadable date or amount are skipped and counted in
/// the [QualityReport] with their line; the first such row is in the message when every row
/// fails. Cancellations are netted or excluded as [ImportOptions#cancellations] says.
///
/// decision: ids, amounts and dates are read through [RowCell], from the cells' bytes where the
/// reader has them, and customers are numbered as they come ([TextCodes]), so a large file
/// makes one `String` per customer rather than several per order and the per-customer step
/// needs no look-ups.
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

    private final RowCell cell;
    private final TextCodes customers = new TextCodes();
    private final CustomerContacts contacts;
    private final DateColumn dates;
    /// the current row's customer id, as [#hasNoId] read it: `idBytes[idStart..idEnd)` when it
    /// is ASCII, `idText` otherwise
    private byte[] idBytes;
    private int idStart;
    private int idEnd;
    private String idText;
    private int[] customerOf = new int[1024];
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
        this.categories = new CategoryCells(options.categoryColumns(), columns, customerOf.length);
        this.quality = new QualityProfiler(reader.headers(), reader.decimalComma(), options.format().dateOrder(), columns.markers());
        this.seenRows = options.cleaning().deduplicateRows() ? new HashSet<>() : null;
        this.dates = new DateColumn(options.format().dateOrder());
        this.cell = new RowCell(reader);
        this.contacts = new CustomerContacts(columns, reader);
    }

    static ImportedFile read(Path file, TableReader reader, ImportOptions options, ProgressMonitor progress) throws ImportException {
        MappedColumns columns = MappedColumns.of(file, reader.headers(), options);
        return new TransactionImport(file, reader, columns, options, progress).readAll();
    }

    private ImportedFile readAll() throws ImportException {
        // decision: the rows are profiled after the read, with a reader of its own, unless the
        // import needs each row's fingerprint at once, to drop the rows repeating an earlier one
        BackgroundProfile profile = seenRows == null ? BackgroundProfile.open(file, options, quality, reader) : null;
        try {
            return readAll(profile);
        } catch (ImportException | RuntimeException | Error e) {
            if (profile != null) {
                profile.cancel();
            }
            throw e;
        }
    }

    private ImportedFile readAll(BackgroundProfile profile) throws ImportException {
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
            if (profile == null) {
                long print = quality.row(reader);
                if (seenRows != null && !seenRows.add(print)) {
                    duplicatesDropped++;
                    skip("it repeats an earlier row exactly");
                    continue;
                }
            }
            boolean noId = hasNoId();
            if (noId && !keepMissingIds) {
                skip("there is no customer id");
                continue;
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
            if (!readDate()) {
                continue;
            }
            int customer = noId ? customers.of(Cleaning.NO_ID) : customer();
            customerOf[size] = customer;
            amounts[size] = amount;
            cancelled[size] = cancel;
            cancellations += cancel ? 1 : 0;
            categories.read(reader, size);
            size++;
            if (columns.hasContact()) {
                contacts.read(customer);
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
        int[] customerIndex = pick(customerOf, kept);
        int customerCount = kept == null ? customers.size() : renumber(customerIndex, customers.size());
        String[] ids = new String[customerIndex.length];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = customers.text(kept == null ? customerOf[r] : customerOf[kept[r]]);
        }
        Transactions transactions = new Transactions(ids, pick(days, kept), pick(amounts, kept), customerIndex,
                contacts.byNumber(customerIndex, kept, customerOf, customerCount), categories.orderCodes(size, kept));
        ImportSummary summary = new ImportSummary(file, DataKind.TRANSACTIONS, rowsRead, rowsSkipped, customerCount, notes);
        PendingQuality pending = profile == null
                ? PendingQuality.of(quality.report(0, steps, notes))
                : PendingQuality.after(file, profile, rowsRead, 0, steps, notes);
        progress.update(1, summary.describe());
        return new ImportedFile(summary, options, transactions, null, pending);
    }

    /// Whether the current row's customer id is blank; reads the id for [#customer].
    private boolean hasNoId() {
        cell.at(columns.customerId());
        if (cell.idAsBytes()) {
            idBytes = cell.bytes();
            idStart = cell.partStart();
            idEnd = cell.partEnd();
            idText = null;
            return idStart == idEnd;
        }
        idText = cell.id();
        return idText.isEmpty();
    }

    /// The number of the current row's customer, whose id [#hasNoId] read and found not blank.
    private int customer() {
        return idText == null ? customers.of(idBytes, idStart, idEnd) : customers.of(idText);
    }

    /// Reads the current row's date into `days[size]`; `false` after recording why there is none.
    private boolean readDate() {
        cell.at(columns.orderDate());
        long iso = cell.isoDay();
        if (iso != AsciiCells.NOT_ISO && iso != DateText.INVALID) {
            // decision: an ISO date is read only one way, so it needs no help from DateColumn
            days[size] = (int) iso;
            return true;
        }
        if (!dates.read(cell.text(), size, days)) {
            skip("'" + cell.text() + "' is not a date");
            return false;
        }
        return true;
    }

    /// The amount of the current row, or NaN after recording why there is none.
    private double amount(boolean decimalComma) {
        if (!options.amountFromLines()) {
            double amount = cell.at(columns.amount()).number(decimalComma);
            if (Double.isNaN(amount)) {
                skip("'" + cell.text() + "' is not an amount");
            }
            return amount;
        }
        double quantity = cell.at(columns.quantity()).number(decimalComma);
        if (Double.isNaN(quantity)) {
            skip("'" + cell.text() + "' is not a quantity");
            return Double.NaN;
        }
        double price = cell.at(columns.unitPrice()).number(decimalComma);
        if (Double.isNaN(price)) {
            skip("'" + cell.text() + "' is not a unit price");
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
        if (columns.quantity() >= 0 && cell.at(columns.quantity()).number(decimalComma) < 0) {
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
        int[] lastOrder = new int[customers.size()];
        Arrays.fill(lastOrder, -1);
        for (int i = 0; i < size; i++) {
            if (!cancelled[i]) {
                lastOrder[customerOf[i]] = i;
            }
        }
        long netted = 0;
        long orphans = 0;
        for (int i = 0; i < size; i++) {
            if (cancelled[i]) {
                int order = lastOrder[customerOf[i]];
                if (order >= 0) {
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

    /// Numbers the customers of the kept rows again from 0 in order of first appearance, in
    /// place (a customer whose rows were all folded away drops out); returns how many there are.
    private static int renumber(int[] customerIndex, int customers) {
        int[] renumbered = new int[customers];
        Arrays.fill(renumbered, -1);
        int next = 0;
        for (int r = 0; r < customerIndex.length; r++) {
            int customer = customerIndex[r];
            if (renumbered[customer] < 0) {
                renumbered[customer] = next++;
            }
            customerIndex[r] = renumbered[customer];
        }
        return next;
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
        if (size == customerOf.length) {
            int capacity = size * 2;
            customerOf = Arrays.copyOf(customerOf, capacity);
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
            cancelled = Arrays.copyOf(cancelled, capacity);
            categories.grow(capacity);
        }
    }
}
