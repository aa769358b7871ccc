package io.personae.analytics.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Collects the figures of a [QualityReport] while a file is read, one row at a time.
///
/// Every column is profiled, mapped or not: a user deciding whether to trust an import wants
/// to see the column they did not map is half empty too. Cells are looked at through [RowCell],
/// from their bytes where the reader has them; numbers are kept in one growing `double[]` per
/// column for the quartiles.
///
/// decision: a cell with the same bytes as the one above it (the same customer's email, name
/// and country on the next order) reads the same, so what it read as is taken from the
/// column's [CellMemo] rather than worked out again; it is still counted, and its number
/// still goes into the quartiles, once per row.
///
/// decision: the profiler must not cost more than the import it reports on. Distinct values
/// are counted by fingerprint ([DistinctCounter]); once a column has shown
/// [#SETTLED] values and most of them are dates (or numbers), it stops trying the other type
/// on it; emails are checked by hand rather than with a regular expression.
final class QualityProfiler {

    /// Filled values after which a column's type is taken as known.
    static final int SETTLED = 1_000;

    private final List<String> headers;
    private final boolean decimalComma;
    private final Column[] columns;
    private final Map<String, Long> reasons = new LinkedHashMap<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final CellMemo[] memos;
    private final RowPrints rowPrints = new RowPrints();
    private long rejectedCount;
    private TableReader cellReader;
    private RowCell cell;
    /// the figures [#summarise] works out, `null` until it has
    private List<ColumnQuality> columnFigures;
    private List<String> dateNotes;
    private long duplicateRowCount;

    QualityProfiler(List<String> headers, boolean decimalComma, FileFormat.DateOrder dateOrder) {
        this(headers, decimalComma, dateOrder, MissingMarkers.NONE);
    }

    /// @param markers which columns count `NA` and the like as a value rather than missing
    QualityProfiler(List<String> headers, boolean decimalComma, FileFormat.DateOrder dateOrder, MissingMarkers markers) {
        this.headers = headers;
        this.decimalComma = decimalComma;
        this.columns = new Column[headers.size()];
        this.memos = new CellMemo[headers.size()];
        for (int c = 0; c < columns.length; c++) {
            memos[c] = new CellMemo();
            columns[c] = new Column(Headers.normalise(headers.get(c)).contains("mail"), dateOrder);
            columns[c].keepMarkers = markers.keeps(c);
        }
    }

    /// Profiles the reader's current row and returns its fingerprint (for de-duplication).
    long row(TableReader reader) {
        if (cell == null || cellReader != reader) {
            cell = new RowCell(reader);
            cellReader = reader;
            for (CellMemo memo : memos) {
                memo.forget();
            }
        }
        long hash = 1125899906842597L;
        for (int c = 0; c < columns.length; c++) {
            CellMemo memo = memos[c];
            memo.see(cell.at(c));
            long print = memo.fingerprint(cell);
            hash = (hash ^ print) * 0x9E3779B97F4A7C15L;
            hash ^= hash >>> 31;
            columns[c].add(cell, memo, decimalComma);
        }
        rowPrints.add(hash);
        return hash;
    }

    void reject(long line, String reason) {
        rejectedCount++;
        reasons.merge(reason, 1L, Long::sum);
        if (rejected.size() < QualityReport.KEPT_REJECTED_ROWS) {
            rejected.add(new RejectedRow(line, reason));
        }
    }

    /// Works out the figures that need every row (each column's spread and types, the duplicate
    /// rows) once the last row is in; [#report] does it if nobody did before.
    ///
    /// decision: a separate step so that the profiling thread can do it while the reading thread
    /// finishes the import; it touches nothing [#reject] does.
    void summarise() {
        if (columnFigures != null) {
            return;
        }
        List<ColumnQuality> out = new ArrayList<>(columns.length);
        List<String> notes = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            out.add(columns[c].quality(headers.get(c), rowPrints.size(), notes));
        }
        duplicateRowCount = rowPrints.repeats();
        dateNotes = notes;
        columnFigures = out;
    }

    QualityReport report(long duplicateCustomers, List<String> steps, List<String> notes) {
        summarise();
        List<ColumnQuality> out = columnFigures;
        List<String> allNotes = new ArrayList<>(notes);
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].keptMarkers > 0) {
                allNotes.add(MissingMarkers.note(headers.get(c), columns[c].keptMarkers));
            }
        }
        for (String note : dateNotes) {
            if (allNotes.stream().noneMatch(n -> n.startsWith(note.substring(0, note.indexOf(" read "))))) {
                allNotes.add(note);
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new QualityReport(rowPrints.size(), rejectedCount, sorted, rejected, out, duplicateRowCount, duplicateCustomers, steps, allNotes);
    }

    /// The running figures of one column.
    private static final class Column {

        private final boolean emailColumn;
        private final DistinctCounter distinct = new DistinctCounter(QualityReport.DISTINCT_LIMIT);
        private long previousPrint;
        /// whether `NA` and the like are values in this column, and how many cells held one
        private boolean keepMarkers;
        private long keptMarkers;
        private long missing;
        private long filled;
        private long texts;
        private long invalidEmails;
        private double[] numbers = new double[256];
        private int numberCount;
        private long minDay = Long.MAX_VALUE;
        private long maxDay = Long.MIN_VALUE;
        /// ambiguous dates' extremes read day-first and month-first, until the order is known
        private final long[] ambiguousRange = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        private long slashed;
        private long ambiguous;
        private final DateColumn order;
        private long dates;

        Column(boolean emailColumn, FileFormat.DateOrder dateOrder) {
            this.emailColumn = emailColumn;
            this.order = new DateColumn(dateOrder);
        }

        /// @param memo what the cell reads as, worked out once for a run of equal cells
        void add(RowCell cell, CellMemo memo, boolean decimalComma) {
            if (memo.missing(cell, keepMarkers)) {
                missing++;
                return;
            }
            keptMarkers += keepMarkers && memo.isMarker(cell) ? 1 : 0;
            filled++;
            // decision: order files list a customer's rows (or a day's) together, so a cell often
            // repeats the one above it; that value is counted already and its look-up in a table
            // of 100,000 fingerprints, a cache miss, can be skipped
            long print = memo.fingerprint(cell);
            if (print != previousPrint || filled == 1) {
                distinct.add(print);
                previousPrint = print;
            }
            if (emailColumn && !memo.isEmail(cell)) {
                invalidEmails++;
            }
            // decision: once a column has shown mostly text, stop trying numbers and dates on it
            if (texts > 100 && texts * 5 > filled) {
                texts++;
                return;
            }
            boolean settled = filled > SETTLED;
            if (settled && dates * 5 < filled && numberCount * 5 >= filled * 4) {
                addNumber(memo.number(cell, decimalComma));
                return;
            }
            long day = memo.day(cell);
            if (day != DateText.INVALID) {
                dates++;
                if (DateText.isAmbiguous(day)) {
                    ambiguous++;
                    order.ambiguous();
                    slashed += DateText.isSlashed(day) ? 1 : 0;
                    long dayFirst = DateText.resolve(day, true);
                    long monthFirst = DateText.resolve(day, false);
                    ambiguousRange[0] = Math.min(ambiguousRange[0], dayFirst);
                    ambiguousRange[1] = Math.max(ambiguousRange[1], dayFirst);
                    ambiguousRange[2] = Math.min(ambiguousRange[2], monthFirst);
                    ambiguousRange[3] = Math.max(ambiguousRange[3], monthFirst);
                } else {
                    if (!memo.wasIso()) {
                        // an ISO date starts with its year and says nothing about day/month order
                        order.evidence(memo.text(cell));
                    }
                    minDay = Math.min(minDay, day);
                    maxDay = Math.max(maxDay, day);
                }
            }
            if (settled && dates * 5 >= filled * 4) {
                texts += day == DateText.INVALID ? 1 : 0;
                return;
            }
            double number = memo.number(cell, decimalComma);
            if (!Double.isNaN(number)) {
                addNumber(number);
            } else if (day == DateText.INVALID) {
                texts++;
            }
        }

        private void addNumber(double number) {
            if (Double.isNaN(number)) {
                texts++;
                return;
            }
            if (numberCount == numbers.length) {
                numbers = Arrays.copyOf(numbers, numberCount * 2);
            }
            numbers[numberCount++] = number;
        }

        ColumnQuality quality(String name, long rows, List<String> notes) {
            double missingShare = rows == 0 ? 0 : missing / (double) rows;
            String type;
            String min = null;
            String max = null;
            long outliers = 0;
            if (filled == 0) {
                type = "empty";
            } else if (dates >= 0.8 * filled) {
                type = "date";
                if (ambiguous > 0) {
                    int at = order.decide(slashed, ambiguous) ? 0 : 2;
                    minDay = Math.min(minDay, ambiguousRange[at]);
                    maxDay = Math.max(maxDay, ambiguousRange[at + 1]);
                    order.explain(name).ifPresent(notes::add);
                }
                min = LocalDate.ofEpochDay(minDay).toString();
                max = LocalDate.ofEpochDay(maxDay).toString();
            } else if (numberCount >= 0.8 * filled) {
                type = "number";
                NumberSpread spread = NumberSpread.of(numbers, numberCount);
                min = CellText.number(spread.min());
                max = CellText.number(spread.max());
                outliers = spread.outliers();
            } else {
                type = "text";
            }
            return new ColumnQuality(name, type, missingShare, distinct.size(), distinct.capped(), min, max, outliers,
                    emailColumn ? invalidEmails : 0);
        }
    }
}
