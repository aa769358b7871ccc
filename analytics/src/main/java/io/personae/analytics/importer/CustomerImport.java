package io.personae.analytics.importer;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;

/// Reads one row per customer: the id, contact details, the numeric columns chosen as
/// features and the category columns. Blank or `NA` cells become NaN, left for segmentation to
/// impute, or a `null` category.
final class CustomerImport {

    private static final int CHECK_EVERY = 4096;

    private final Path file;
    private final TableReader reader;
    private final MappedColumns columns;
    private final ProgressMonitor progress;
    private final int featureCount;
    private final CategoryCells categories;
    private final QualityProfiler quality;
    private final Set<Long> seenRows;
    private long duplicatesDropped;
    /// ids seen on more than one row, and the later rows skipped for them
    private final Set<String> duplicateIds = new HashSet<>();
    private long duplicateIdRows;

    private final Map<String, Long> firstLines = new HashMap<>();
    private String[] ids = new String[1024];
    private String[] emails = new String[1024];
    private String[] firstNames = new String[1024];
    private String[] lastNames = new String[1024];
    private double[][] values;
    private final long[] numbersSeen;
    private final String[] firstText;
    private final long[] firstTextLine;
    private int size;
    private long rowsRead;
    private long rowsSkipped;

    private CustomerImport(Path file, TableReader reader, MappedColumns columns, ImportOptions options, ProgressMonitor progress) {
        this.file = file;
        this.reader = reader;
        this.columns = columns;
        this.progress = progress;
        this.featureCount = columns.features().length;
        this.values = new double[featureCount][1024];
        this.numbersSeen = new long[featureCount];
        this.firstText = new String[featureCount];
        this.firstTextLine = new long[featureCount];
        this.categories = new CategoryCells(options.categoryColumns(), columns, ids.length);
        this.quality = new QualityProfiler(reader.headers(), reader.decimalComma(), options.format().dateOrder(), columns.markers());
        this.seenRows = options.cleaning().deduplicateRows() ? new HashSet<>() : null;
    }

    static ImportedFile read(Path file, TableReader reader, ImportOptions options, ProgressMonitor progress) throws ImportException {
        MappedColumns columns = MappedColumns.of(file, reader.headers(), options);
        return new CustomerImport(file, reader, columns, options, progress).readAll(options);
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
            long hash = quality.row(reader);
            if (seenRows != null && !seenRows.add(hash)) {
                duplicatesDropped++;
                rowsSkipped++;
                quality.reject(reader.line(), "it repeats an earlier row exactly");
                continue;
            }
            String id = CustomerIds.normalise(reader.cell(columns.customerId()));
            if (id.isEmpty()) {
                if (options.cleaning().missingIds() == Cleaning.MissingIds.KEEP) {
                    id = Cleaning.NO_ID + " line " + reader.line();
                } else {
                    rowsSkipped++;
                    quality.reject(reader.line(), "there is no customer id");
                    continue;
                }
            }
            Long first = firstLines.putIfAbsent(id, reader.line());
            if (first != null) {
                repeated(id, first, options);
                continue;
            }
            ensureCapacity();
            ids[size] = id;
            Contact contact = columns.contact(reader);
            emails[size] = contact.email();
            firstNames[size] = contact.firstName();
            lastNames[size] = contact.lastName();
            for (int f = 0; f < featureCount; f++) {
                values[f][size] = number(f, reader.cell(columns.features()[f]), decimalComma);
            }
            categories.read(reader, size);
            size++;
        }
        progress.checkCancelled();
        checkNumeric(options);
        if (size == 0) {
            throw new ImportException(file, 0, "None of the " + rowsRead + " data rows has a customer id. Check that the right column is chosen for the customer id.");
        }
        List<String> steps = new ArrayList<>();
        if (duplicatesDropped > 0) {
            steps.add(String.format(Locale.ROOT, "Removed %,d rows repeating an earlier row exactly", duplicatesDropped));
        }
        double[][] columnsOut = new double[featureCount][];
        for (int f = 0; f < featureCount; f++) {
            columnsOut[f] = Arrays.copyOf(values[f], size);
            if (options.cleaning().capPercentile() > 0) {
                long capped = Percentiles.cap(columnsOut[f], size, options.cleaning().capPercentile());
                steps.add(String.format(Locale.ROOT, "Capped %,d values of '%s' at the %s and %s percentiles", capped,
                        options.featureColumns().get(f), CellText.number(options.cleaning().capPercentile()),
                        CellText.number(100 - options.cleaning().capPercentile())));
            }
        }
        CustomerTable table = new CustomerTable(Arrays.copyOf(ids, size), Arrays.copyOf(emails, size), Arrays.copyOf(firstNames, size),
                Arrays.copyOf(lastNames, size), FeatureKinds.features(options.featureColumns()), columnsOut,
                categories.customerColumns(size));
        List<String> notes = new ArrayList<>();
        if (duplicateIdRows > 0) {
            steps.add(String.format(Locale.ROOT, "Kept the first row of %,d customer ids listed more than once; skipped %,d later rows",
                    duplicateIds.size(), duplicateIdRows));
            if (duplicateIdRows * 2 > rowsRead) {
                notes.add("Most rows repeat a customer id seen before: if this file lists orders, import it as transactions.");
            }
        }
        QualityReport report = quality.report(duplicateIds.size(), steps, notes);
        ImportSummary summary = new ImportSummary(file, DataKind.CUSTOMERS, rowsRead, rowsSkipped, size, report.notes());
        progress.update(1, summary.describe());
        return new ImportedFile(summary, options, null, table, report);
    }

    /// A row whose id an earlier row already had: skipped and counted, or the end of the import
    /// when the user asked for [Cleaning.DuplicateIds#REFUSE].
    private void repeated(String id, long firstLine, ImportOptions options) throws ImportException {
        if (options.cleaning().duplicateIds() == Cleaning.DuplicateIds.REFUSE) {
            throw new ImportException(file, reader.line(), "Customer id '" + id + "' appears again (first on line " + firstLine
                    + "). A customer file needs one row per customer; if this file lists orders, import it as transactions instead,"
                    + " or let the import keep the first row of each customer.");
        }
        duplicateIds.add(id);
        duplicateIdRows++;
        rowsSkipped++;
        quality.reject(reader.line(), "its customer id is on an earlier row (the first row is kept)");
    }

    private double number(int feature, String text, boolean decimalComma) {
        if (NumberText.isMissing(text)) {
            return Double.NaN;
        }
        double value = NumberText.parse(text, decimalComma);
        if (Double.isNaN(value)) {
            if (firstText[feature] == null) {
                firstText[feature] = text.strip();
                firstTextLine[feature] = reader.line();
            }
        } else {
            numbersSeen[feature]++;
        }
        return value;
    }

    /// A feature column without a single number is a wrong choice, not missing data.
    private void checkNumeric(ImportOptions options) throws ImportException {
        for (int f = 0; f < featureCount; f++) {
            if (numbersSeen[f] == 0) {
                String example = firstText[f] == null ? "it is empty" : "for example '" + firstText[f] + "' on line " + firstTextLine[f];
                throw new ImportException(file, firstTextLine[f], "Column '" + options.featureColumns().get(f) + "' holds no numbers ("
                        + example + "). Choose only numeric columns to segment on.");
            }
        }
    }

    private void ensureCapacity() {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            emails = Arrays.copyOf(emails, capacity);
            firstNames = Arrays.copyOf(firstNames, capacity);
            lastNames = Arrays.copyOf(lastNames, capacity);
            for (int f = 0; f < featureCount; f++) {
                values[f] = Arrays.copyOf(values[f], capacity);
            }
            categories.grow(capacity);
        }
    }
}
