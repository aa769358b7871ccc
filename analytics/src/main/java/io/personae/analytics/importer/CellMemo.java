package io.personae.analytics.importer;

/// The last cell seen in one column and what it read as, so that a cell repeating it can be
/// counted without being read again.
///
/// Order files list a customer's rows together, so most of a row's customer id, email, name and
/// country repeat the row above. Each reading ([#fingerprint], [#isEmail], [#day]...) is worked
/// out from the cell the first time it is asked for and kept until [#see] meets a different
/// cell; a reading nobody asked for costs nothing.
///
/// decision: a column whose cells rarely repeat (order numbers, amounts, dates) would only pay
/// for comparing and copying them, so when fewer than a quarter of [#WINDOW] cells repeated,
/// the memo rests for [#REST] cells, taking each as new, and then weighs again.
///
/// decision: "the same cell" means the same bytes when the reader has them (CSV) and
/// the same text otherwise (Excel). The bytes of a file are turned into text one way throughout
/// (the reader's [Utf8]), so equal bytes are equal text and every reading of them is the same;
/// comparing the bytes never decodes a cell. The reverse does not hold (a windows-1252 `ü` and a
/// UTF-8 one are different bytes), which costs a reading but changes no answer: readings are
/// only reused, never matched up across different bytes.
final class CellMemo {

    private static final int PRINT = 1;
    private static final int MISSING = 1 << 1;
    private static final int MARKER = 1 << 2;
    private static final int EMAIL = 1 << 3;
    private static final int DAY = 1 << 4;
    private static final int NUMBER = 1 << 5;
    /// cells compared before the memo weighs how many of them repeated
    static final int WINDOW = 64;
    /// cells taken as new without comparing, after a window where fewer than a quarter repeated
    static final int REST = 16 * WINDOW;

    private byte[] kept = new byte[32];
    /// how many bytes of [#kept] are the last cell's, or -1 when the last cell was kept as text
    /// or there is none
    private int length = -1;
    private String keptText;
    /// which readings are worked out for the kept cell, as the bits above
    private int known;
    private long print;
    private boolean missing;
    private boolean marker;
    private boolean email;
    private long day;
    private boolean iso;
    private double number;
    private String text;
    /// cells compared since the hits were last weighed, and how many of them repeated
    private int compared;
    private int hits;
    /// cells still to be taken as new without comparing
    private int resting;

    /// Whether the cell `cell` points at is the one kept; if not, keeps it instead and forgets
    /// every reading of the last one. A resting memo takes every cell as new.
    boolean see(RowCell cell) {
        if (resting > 0) {
            resting--;
            forget();
            return false;
        }
        boolean same = compareAndKeep(cell);
        hits += same ? 1 : 0;
        if (++compared == WINDOW) {
            resting = hits * 4 < WINDOW ? REST : 0;
            compared = 0;
            hits = 0;
        }
        return same;
    }

    private boolean compareAndKeep(RowCell cell) {
        if (cell.hasBytes()) {
            int from = cell.start();
            int to = cell.end();
            int size = to - from;
            if (size == length && AsciiCells.same(kept, 0, cell.bytes(), from, size)) {
                return true;
            }
            if (size > kept.length) {
                kept = new byte[Math.max(size, kept.length * 2)];
            }
            System.arraycopy(cell.bytes(), from, kept, 0, size);
            length = size;
            keptText = null;
        } else {
            String value = cell.text();
            if (length < 0 && value.equals(keptText)) {
                return true;
            }
            keptText = value;
            length = -1;
        }
        known = 0;
        text = null;
        return false;
    }

    /// Forgets the kept cell, for a profiler moving to another reader.
    void forget() {
        length = -1;
        keptText = null;
        known = 0;
        text = null;
    }

    /// [RowCell#fingerprint].
    long fingerprint(RowCell cell) {
        if ((known & PRINT) == 0) {
            print = cell.fingerprint();
            known |= PRINT;
        }
        return print;
    }

    /// [MissingMarkers#missing] of the cell in a column that keeps markers (`keep`) or not;
    /// `keep` must be the same for every cell of this memo.
    boolean missing(RowCell cell, boolean keep) {
        if ((known & MISSING) == 0) {
            missing = MissingMarkers.missing(cell, keep);
            known |= MISSING;
        }
        return missing;
    }

    /// [RowCell#isMissing]: whether the cell is blank or a missing marker such as `NA`.
    boolean isMarker(RowCell cell) {
        if ((known & MARKER) == 0) {
            marker = cell.isMissing();
            known |= MARKER;
        }
        return marker;
    }

    /// [RowCell#isEmail].
    boolean isEmail(RowCell cell) {
        if ((known & EMAIL) == 0) {
            email = cell.isEmail();
            known |= EMAIL;
        }
        return email;
    }

    /// [RowCell#day].
    long day(RowCell cell) {
        if ((known & DAY) == 0) {
            day = cell.day();
            iso = cell.wasIso();
            known |= DAY;
        }
        return day;
    }

    /// [RowCell#wasIso] after [#day].
    boolean wasIso() {
        return iso;
    }

    /// [RowCell#number]; `decimalComma` must be the same for every cell of this memo.
    double number(RowCell cell, boolean decimalComma) {
        if ((known & NUMBER) == 0) {
            number = cell.number(decimalComma);
            known |= NUMBER;
        }
        return number;
    }

    /// [RowCell#text].
    String text(RowCell cell) {
        if (text == null) {
            text = cell.text();
        }
        return text;
    }
}
