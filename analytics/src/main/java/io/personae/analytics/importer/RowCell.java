package io.personae.analytics.importer;

/// One cell of a reader's current row, read from its bytes when the reader has them and the
/// cell is ASCII ([AsciiCells]), from its `String` otherwise; every reading but the
/// [#fingerprint] gives the same answer either way. One instance is reused for every cell of a file, so it allocates nothing.
final class RowCell {

    private final TableReader reader;
    /// the bytes behind the reader's cells, or `null` when it has none (Excel)
    private final CellBytes raw;
    private int column;
    private boolean ascii;
    private byte[] bytes;
    private int from;
    private int to;
    private String text;
    private boolean iso;
    private int partStart;
    private int partEnd;

    RowCell(TableReader reader) {
        this.reader = reader;
        this.raw = reader.source() instanceof CellBytes cells ? cells : null;
    }

    /// Points at cell `column` of the current row.
    RowCell at(int column) {
        this.column = column;
        this.text = null;
        this.iso = false;
        if (raw != null) {
            ascii = raw.ascii(column);
            bytes = raw.bytes();
            from = raw.start(column);
            to = raw.end(column);
        } else {
            ascii = false;
        }
        return this;
    }

    /// Whether the reader has the cell's bytes, `bytes()[start()..end())` whether ASCII or not:
    /// the same bytes always read as the same text, so a cell can be compared without decoding.
    boolean hasBytes() {
        return raw != null;
    }

    /// Where the cell's bytes start in [#bytes()], when [#hasBytes].
    int start() {
        return from;
    }

    /// Where the cell's bytes end in [#bytes()] (exclusive), when [#hasBytes].
    int end() {
        return to;
    }

    /// The cell's text, as [TableReader#cell] gives it.
    String text() {
        if (text == null) {
            text = reader.cell(column);
        }
        return text;
    }

    boolean isEmpty() {
        return ascii ? from == to : text().isEmpty();
    }

    /// [NumberText#isMissing].
    boolean isMissing() {
        return ascii ? AsciiCells.isMissing(bytes, from, to) : NumberText.isMissing(text());
    }

    /// A 64-bit fingerprint of the text: [AsciiCells#hash64] of the bytes, or
    /// [DistinctCounter#fingerprint] of the `String`. The two differ for the same text, which
    /// is fine: a text is ASCII or not whichever way it is read, so one text never meets both.
    long fingerprint() {
        return ascii ? AsciiCells.hash64(bytes, from, to) : DistinctCounter.fingerprint(text());
    }

    /// A fingerprint of the cell's bytes when the reader has them, ASCII or not, and
    /// [#fingerprint] otherwise: for telling whether a cell changed from one row to the next
    /// without decoding it (the same bytes always decode to the same text). Not comparable with
    /// [#fingerprint].
    long changeFingerprint() {
        return raw == null ? fingerprint() : AsciiCells.hash64(bytes, from, to);
    }

    /// [AsciiCells#isEmail] of the text.
    boolean isEmail() {
        return ascii ? AsciiCells.isEmail(bytes, from, to) : AsciiCells.isEmail(text());
    }

    /// [NumberText#parse] of the text.
    double number(boolean decimalComma) {
        if (ascii && !decimalComma) {
            double value = AsciiCells.plainNumber(bytes, from, to);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return NumberText.parse(text(), decimalComma);
    }

    /// [DateText#read] of the text.
    long day() {
        if (ascii) {
            long day = AsciiCells.isoDay(bytes, from, to);
            if (day != AsciiCells.NOT_ISO) {
                iso = true;
                return day;
            }
        }
        return DateText.read(text());
    }

    /// [AsciiCells#isoDay] of the bytes; [AsciiCells#NOT_ISO] when the cell is not ASCII.
    long isoDay() {
        return ascii ? AsciiCells.isoDay(bytes, from, to) : AsciiCells.NOT_ISO;
    }

    /// Whether the last [#day] was an ISO date, which has no day/month order to give evidence on.
    boolean wasIso() {
        return iso;
    }

    /// The text, stripped of white space around it when `strip` says so, as bytes when the cell
    /// is ASCII: then it is `partStart()..partEnd()` of [#bytes()]; `false` otherwise.
    boolean textAsBytes(boolean strip) {
        if (!ascii) {
            return false;
        }
        partStart = strip ? AsciiCells.stripStart(bytes, from, to) : from;
        partEnd = strip ? AsciiCells.stripEnd(bytes, partStart, to) : to;
        return true;
    }

    /// [CustomerIds#normalise] of the text, as bytes when the cell is ASCII: then it is
    /// `partStart()..partEnd()` of [#bytes()]; `false` otherwise, and [#id()] gives it.
    boolean idAsBytes() {
        if (!ascii) {
            return false;
        }
        int start = AsciiCells.stripStart(bytes, from, to);
        int end = AsciiCells.stripEnd(bytes, start, to);
        partStart = start;
        partEnd = CustomerIds.normalisedEnd(bytes, start, end);
        return true;
    }

    int partStart() {
        return partStart;
    }

    int partEnd() {
        return partEnd;
    }

    byte[] bytes() {
        return bytes;
    }

    /// [CustomerIds#normalise] of the text.
    String id() {
        return CustomerIds.normalise(text());
    }
}
