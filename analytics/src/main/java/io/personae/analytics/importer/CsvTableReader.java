package io.personae.analytics.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// A CSV parser (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) working on
/// bytes.
///
/// decision: parsing bytes rather than chars skips the charset decoder for the whole file; the
/// delimiters, quotes and line ends are ASCII in UTF-8 and windows-1252 alike, and only the
/// fields are turned into strings (see [Utf8]), and only when asked for: the import reads most
/// cells as bytes ([CellBytes]).
final class CsvTableReader implements TableReader, CellBytes {

    private static final int BUFFER_BYTES = 256 * 1024;
    private static final int DELIMITER = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;
    /// decision: no field of a customer file is anywhere near 1 MB; a longer one means the file
    /// has no line breaks (or one quote opened it all), and reading on would hold the whole file
    /// in one string before failing anyway
    static final int MAX_FIELD_BYTES = 1 << 20;
    /// Excel's own limit is 16,384 columns
    static final int MAX_FIELDS = 65_536;

    private final Path file;
    private final InputStream in;
    private final long size;
    private final CsvDialect dialect;
    private final byte delimiter;
    private final Utf8 text;
    private final List<String> headers;
    /// columns whose header cell was blank: a value under one is data without a name
    private final boolean[] unnamed;
    private final boolean spaces;
    private boolean pendingFirstRow;

    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private long bytesBefore;
    private boolean eof;

    /// the bytes of the current row's cells one after another, copied as they are read
    /// (across buffer refills and doubled quotes alike), so every cell of the row stays readable
    /// as bytes ([CellBytes]) until the next row
    private byte[] row = new byte[1024];
    private int rowLength;
    private int cellStart;

    private long line = 1;
    private long rowLine;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] asciiCells = new boolean[16];
    /// the cells decoded so far in this row; `null` until [#cell] asks for one
    private String[] cells = new String[16];
    private int cellCount;

    private CsvTableReader(Path file, InputStream in, long size, FileFormat format) throws IOException, ImportException {
        this.file = file;
        this.in = in;
        this.size = size;
        fill();
        this.dialect = CsvDialect.sniff(file, buffer, Math.min(limit, CsvDialect.SAMPLE_BYTES), format);
        this.delimiter = dialect.delimiter();
        this.spaces = delimiter == ' ';
        this.text = dialect.decoder();
        this.pos = dialect.bomLength();
        if (!readRecord()) {
            throw new ImportException(file, 0, "The file is empty. Choose a file with a header row and at least one data row.");
        }
        List<String> first = new ArrayList<>(cellCount);
        for (int c = 0; c < cellCount; c++) {
            first.add(cell(c));
        }
        boolean header = switch (format.header()) {
            case FIRST_ROW -> true;
            case NONE -> false;
            case AUTO -> !Headers.looksLikeData(first);
        };
        if (header) {
            this.headers = Headers.clean(first);
            this.unnamed = new boolean[cellCount];
            for (int c = 0; c < cellCount; c++) {
                unnamed[c] = isBlank(c);
            }
        } else {
            this.headers = Headers.generated(cellCount);
            this.unnamed = new boolean[0];
            this.pendingFirstRow = true;
        }
    }

    static CsvTableReader open(Path file) throws ImportException {
        return open(file, FileFormat.AUTO);
    }

    static CsvTableReader open(Path file, FileFormat format) throws ImportException {
        InputStream in = null;
        try {
            CsvInput input = CsvInput.open(file, format); // UTF-16 arrives transcoded to UTF-8
            in = input.stream();
            return open(file, in, input.size(), input.format());
        } catch (IOException e) {
            closeQuietly(in);
            throw new ImportException(file, 0, "The file could not be read (" + e.getMessage() + "). Check that it exists and is not open in another program.", e);
        }
    }

    /// Reads `in` as the content of `file`, `size` bytes long; for tests that make the stream fail.
    static CsvTableReader open(Path file, InputStream in, long size, FileFormat format) throws ImportException {
        try {
            return new CsvTableReader(file, in, size, format);
        } catch (IOException e) {
            closeQuietly(in);
            throw failure(file, 1, e);
        } catch (ImportException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean next() throws ImportException {
        if (pendingFirstRow) {
            pendingFirstRow = false;
            return true;
        }
        try {
            if (!readRecord()) {
                return false;
            }
            checkWidth();
            return true;
        } catch (IOException e) {
            throw failure(file, line, e);
        }
    }

    @Override
    public long line() {
        return rowLine;
    }

    @Override
    public String cell(int column) {
        if (column >= cellCount) {
            return "";
        }
        String value = cells[column];
        if (value == null) {
            int length = ends[column] - starts[column];
            value = length == 0 ? "" : text.decode(row, starts[column], length, asciiCells[column]);
            cells[column] = value;
        }
        return value;
    }

    @Override
    public byte[] bytes() {
        return row;
    }

    @Override
    public int start(int column) {
        return column < cellCount ? starts[column] : 0;
    }

    @Override
    public int end(int column) {
        return column < cellCount ? ends[column] : 0;
    }

    @Override
    public boolean ascii(int column) {
        return column >= cellCount || asciiCells[column];
    }

    @Override
    public double progress() {
        return Math.min(1, (bytesBefore + pos) / (double) size);
    }

    @Override
    public String format() {
        return dialect.describe();
    }

    @Override
    public boolean decimalComma() {
        return delimiter == ';';
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    /// A row with more fields than the header, or fewer, would put values under the wrong
    /// columns; trailing empty fields (a spreadsheet's stray delimiters) are fine, and so is a
    /// last field left off.
    private void checkWidth() throws ImportException {
        int width = headers.size();
        int filled = cellCount;
        while (filled > width && isBlank(filled - 1)) {
            filled--;
        }
        if (filled > width || cellCount < width - 1) {
            throw new ImportException(file, rowLine, "This row has " + cellCount + " fields but the header has " + width
                    + " columns, so its values would land under the wrong columns. Check the line for a missing or extra "
                    + (delimiter == '\t' ? "tab" : "'" + (char) delimiter + "'")
                    + " (a delimiter inside a value needs quotes around the value), fix it and import again.");
        }
        for (int c = 0; c < Math.min(unnamed.length, cellCount); c++) {
            if (unnamed[c] && !isBlank(c)) {
                throw new ImportException(file, rowLine, "Column " + (c + 1) + " has no name in the header row but holds '"
                        + abbreviate(cell(c)) + "'. Give the column a name in the header and import again.");
            }
        }
    }

    private static String abbreviate(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }

    /// Reads the next record that has at least one non-empty cell.
    private boolean readRecord() throws IOException, ImportException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            rowLine = line;
            cellCount = 0;
            rowLength = 0;
            if (spaces && !skipSpaces()) {
                return false;
            }
            int end;
            do {
                end = readField();
            } while (end == DELIMITER);
            markAscii();
            if (!isBlankRow()) {
                return true;
            }
            if (end == END_OF_FILE) {
                return false;
            }
        }
    }

    /// Notes which cells of the row are all ASCII.
    ///
    /// decision: one scan of the whole row, eight bytes at a time, answers for every cell of
    /// nearly every row; a cell at a time, most of a cell's bytes fell in the byte-by-byte tail
    private void markAscii() {
        boolean all = ByteScan.isAscii(row, 0, rowLength);
        for (int c = 0; c < cellCount; c++) {
            asciiCells[c] = all || ByteScan.isAscii(row, starts[c], ends[c]);
        }
    }

    private boolean isBlankRow() {
        for (int i = 0; i < cellCount; i++) {
            if (!isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    /// Whether cell `column` holds nothing but white space, as [String#isBlank] says.
    private boolean isBlank(int column) {
        if (!asciiCells[column]) {
            return cell(column).isBlank();
        }
        for (int i = starts[column]; i < ends[column]; i++) {
            if (!AsciiCells.isSpace(row[i])) {
                return false;
            }
        }
        return true;
    }

    private int readField() throws IOException, ImportException {
        cellStart = rowLength;
        if (pos >= limit && !fill()) {
            endCell();
            return END_OF_FILE;
        }
        if (buffer[pos] == '"') {
            pos++;
            readQuoted();
        }
        return readPlain();
    }

    /// Reads up to the next delimiter or line end, appending to whatever a quoted part left.
    private int readPlain() throws IOException {
        int start = pos;
        while (true) {
            int stop = ByteScan.nextStop(buffer, pos, limit, delimiter);
            if (stop - start + rowLength - cellStart > MAX_FIELD_BYTES) {
                throw tooLong();
            }
            append(start, stop);
            if (stop == limit) {
                pos = limit;
                if (!fill()) {
                    endCell();
                    return END_OF_FILE;
                }
                start = pos;
                continue;
            }
            endCell();
            byte b = buffer[stop];
            pos = stop + 1;
            if (b == delimiter) {
                return spaces ? afterSpace() : DELIMITER;
            }
            if (b == '\r') {
                if (pos >= limit) {
                    fill();
                }
                if (pos < limit && buffer[pos] == '\n') {
                    pos++;
                }
            }
            line++;
            return END_OF_LINE;
        }
    }

    private IOException tooLong() {
        return new FieldTooLong();
    }

    /// Skips a run of spaces; `false` at the end of the file.
    private boolean skipSpaces() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            if (buffer[pos] != ' ') {
                return true;
            }
            pos++;
        }
    }

    /// After the space ending a field of a space-padded file: the next field, or the line's end
    /// when only spaces are left on it.
    private int afterSpace() throws IOException {
        if (!skipSpaces()) {
            return END_OF_FILE;
        }
        byte b = buffer[pos];
        if (b == '\n' || b == '\r') {
            pos++;
            if (b == '\r') {
                if (pos >= limit) {
                    fill();
                }
                if (pos < limit && buffer[pos] == '\n') {
                    pos++;
                }
            }
            line++;
            return END_OF_LINE;
        }
        return DELIMITER;
    }

    /// Reads a quoted part, after its opening quote, up to and including its closing quote.
    private void readQuoted() throws IOException, ImportException {
        long startLine = line;
        int start = pos;
        while (true) {
            if (pos >= limit) {
                append(start, pos);
                if (!fill()) {
                    throw new ImportException(file, startLine, "A quoted field starts on this line but its closing quote is missing,"
                            + " so the rest of the file would be read as one cell. Fix the quotes on line " + startLine
                            + " (a quote inside a field must be doubled: \"\") and import again.");
                }
                start = pos;
                continue;
            }
            byte b = buffer[pos];
            if (b == '"') {
                append(start, pos);
                pos++;
                if (pos >= limit) {
                    fill();
                }
                if (pos < limit && buffer[pos] == '"') {
                    appendByte((byte) '"');
                    pos++;
                    start = pos;
                    continue;
                }
                return;
            }
            if (b == '\n') {
                line++;
            }
            pos++;
            if (pos - start + rowLength - cellStart > MAX_FIELD_BYTES) {
                throw tooLong();
            }
        }
    }

    /// Copies `buffer[start..end)` to the end of the row's bytes.
    private void append(int start, int end) {
        int length = end - start;
        if (length == 0) {
            return;
        }
        ensureRow(length);
        System.arraycopy(buffer, start, row, rowLength, length);
        rowLength += length;
    }

    private void appendByte(byte b) {
        ensureRow(1);
        row[rowLength++] = b;
    }

    private void ensureRow(int more) {
        if (rowLength + more > row.length) {
            row = Arrays.copyOf(row, Math.max(row.length * 2, rowLength + more));
        }
    }

    /// Ends the cell begun at [#cellStart]: its bytes are the row's bytes from there on.
    private void endCell() throws IOException {
        if (cellCount == MAX_FIELDS) {
            throw tooLong();
        }
        if (cellCount == starts.length) {
            int capacity = cellCount * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            asciiCells = Arrays.copyOf(asciiCells, capacity);
            cells = Arrays.copyOf(cells, capacity);
        }
        starts[cellCount] = cellStart;
        ends[cellCount] = rowLength;
        cells[cellCount] = null;
        cellCount++;
    }

    /// Reads the next block into the buffer; `false` at the end of the file.
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bytesBefore += limit;
        pos = 0;
        limit = 0;
        while (limit < buffer.length) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        if (eof && bytesBefore + limit < size) {
            throw new FileShrank(bytesBefore + limit);
        }
        return limit > 0;
    }

    /// What went wrong while reading, in words for the user.
    private static ImportException failure(Path file, long line, IOException e) {
        if (e instanceof FieldTooLong) {
            return new ImportException(file, line, "This line runs on for more than " + (MAX_FIELD_BYTES >> 20)
                    + " MB in one field, or more than " + MAX_FIELDS + " fields, without a line break, so this is not a table with one row per line (or a quote"
                    + " opened here is never closed). Check that this is the file you meant; if it is, open it in a text"
                    + " editor, fix the line breaks or quotes, and import again.", e);
        }
        if (e instanceof FileShrank) {
            return new ImportException(file, line, "The file got shorter while it was being read (" + e.getMessage()
                    + "): another program truncated, replaced or deleted it. Nothing was imported. Wait until that program"
                    + " has finished writing the file and import again.", e);
        }
        return new ImportException(file, line, "Reading stopped (" + e.getMessage() + "): the file was deleted, moved or locked"
                + " while it was being read. Nothing was imported. Check that the file is still there and import again.", e);
    }

    /// The file ended before the size it had when opened: it was truncated or rewritten while
    /// being read, and what was read is not the whole file.
    private static final class FileShrank extends IOException {
        FileShrank(long read) {
            super("the file ended after " + read + " bytes");
        }
    }

    /// A field longer than [#MAX_FIELD_BYTES].
    private static final class FieldTooLong extends IOException {
        FieldTooLong() {
            super("field too long");
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written, nothing to lose
        }
    }
}
