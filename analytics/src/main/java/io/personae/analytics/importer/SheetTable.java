package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/// The table on a workbook sheet: the header row, found under any title and note rows above it
/// (or on the row the user names), the rows below it, and optionally the following sheets with
/// the same columns appended (a workbook split by year).
///
/// decision: the header is the first row holding at least half as many cells as the widest of
/// the first [#LOOK_AHEAD] rows (and at least two): a title ("Sales 2024") or a note ("Exported
/// 3 May") fills one or two cells, a header fills about as many as the data. A sheet whose
/// rows are all narrow keeps its first row as the header, as before.
final class SheetTable implements TableReader {

    /// Filled rows looked at to find the header.
    static final int LOOK_AHEAD = 20;

    private final Path file;
    private final SheetRows rows;
    private final FileFormat format;
    private final List<String> headers;
    private final List<String> sheetNames = new ArrayList<>();
    /// rows read while looking for the header, served before reading on
    private final Deque<Row> pending = new ArrayDeque<>();
    private Row served;
    private long line;

    private record Row(long number, List<String> cells) {
    }

    private SheetTable(Path file, SheetRows rows, FileFormat format) throws ImportException {
        this.file = file;
        this.rows = rows;
        this.format = format;
        sheetNames.add(rows.sheetName());
        List<Row> top = format.headerRow() > 0 ? topRows(format.headerRow(), 1) : topRows(0, LOOK_AHEAD);
        if (top.isEmpty()) {
            throw new ImportException(file, 0, "The sheet " + rows.sheetName() + " is empty"
                    + (format.headerRow() > 1 ? " from row " + format.headerRow() + " on" : "")
                    + ". Choose the sheet that holds the table and import again.");
        }
        int header = format.headerRow() > 0 ? named(top) : guessed(top);
        this.headers = Headers.clean(top.get(header).cells());
        pending.addAll(top.subList(header + 1, top.size()));
    }

    /// Reads the table of `rows`' current sheet; closes `rows` when that fails.
    static SheetTable open(Path file, SheetRows rows, FileFormat format) throws ImportException {
        try {
            return new SheetTable(file, rows, format);
        } catch (ImportException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /// Up to `wanted` filled rows of the current sheet from row `from` on: as many as it takes
    /// to find the header.
    private List<Row> topRows(long from, int wanted) throws ImportException {
        List<Row> top = new ArrayList<>();
        while (top.size() < wanted && rows.nextRow()) {
            if (rows.rowNumber() >= from && !blank()) {
                top.add(new Row(rows.rowNumber(), cells()));
            }
        }
        return top;
    }

    private int named(List<Row> top) throws ImportException {
        Row first = top.get(0);
        if (first.number() != format.headerRow()) {
            throw new ImportException(file, format.headerRow(), "Row " + format.headerRow() + " of sheet " + rows.sheetName()
                    + " is empty; the first filled row below it is row " + first.number()
                    + ". Choose the row that holds the column names.");
        }
        return 0;
    }

    private static int guessed(List<Row> top) {
        int widest = 0;
        for (Row row : top) {
            widest = Math.max(widest, filled(row.cells()));
        }
        int enough = Math.max(2, (widest + 1) / 2);
        for (int i = 0; i < top.size(); i++) {
            if (filled(top.get(i).cells()) >= enough) {
                return i;
            }
        }
        return 0;
    }

    private static int filled(List<String> cells) {
        int filled = 0;
        for (String cell : cells) {
            filled += cell.isBlank() ? 0 : 1;
        }
        return filled;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean next() throws ImportException {
        served = pending.poll();
        if (served != null) {
            line = served.number();
            return true;
        }
        while (true) {
            if (rows.nextRow()) {
                if (!blank()) {
                    line = rows.rowNumber();
                    return true;
                }
            } else if (!format.appendSheets() || !nextSheet()) {
                return false;
            } else if (served != null) {
                line = served.number();
                return true;
            }
        }
    }

    /// Moves on to the next sheet with a table, which must have the same columns; `false` when
    /// there is none. The rows under its header are left in [#pending].
    ///
    /// decision: the header of an appended sheet is the row with the same column names, wherever
    /// its title rows put it: a header row the user named is a row of the chosen sheet
    private boolean nextSheet() throws ImportException {
        while (rows.nextSheet()) {
            List<Row> top = topRows(0, LOOK_AHEAD);
            if (top.isEmpty()) {
                continue;
            }
            for (int i = 0; i < top.size(); i++) {
                if (Headers.clean(top.get(i).cells()).equals(headers)) {
                    sheetNames.add(rows.sheetName());
                    pending.addAll(top.subList(i + 1, top.size()));
                    served = pending.poll();
                    return true;
                }
            }
            Row first = top.get(guessed(top));
            throw new ImportException(file, first.number(), "Sheet " + rows.sheetName() + " has other columns ("
                    + String.join(", ", Headers.clean(first.cells())) + ") than sheet " + sheetNames.get(0) + " ("
                    + String.join(", ", headers) + "), so it cannot be appended. Import one sheet at a time, or give the sheets the same columns.");
        }
        return false;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String cell(int column) {
        if (served != null) {
            return column < served.cells().size() ? served.cells().get(column) : "";
        }
        return column < rows.width() ? rows.cell(column) : "";
    }

    @Override
    public double progress() {
        return rows.progress();
    }

    @Override
    public String format() {
        return rows.kind() + (sheetNames.size() == 1 ? ", sheet " + sheetNames.get(0) : ", sheets " + String.join(" + ", sheetNames));
    }

    @Override
    public boolean decimalComma() {
        return false;
    }

    @Override
    public void close() {
        rows.close();
    }

    private boolean blank() {
        for (int c = 0; c < rows.width(); c++) {
            if (!rows.cell(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> cells() {
        List<String> cells = new ArrayList<>(rows.width());
        for (int c = 0; c < rows.width(); c++) {
            cells.add(rows.cell(c));
        }
        return cells;
    }
}
