package io.personae.analytics.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/// A CSV parser (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) working on
/// bytes.
///
/// decision: parsing bytes rather than chars skips the charset decoder for the whole file; the
/// delimiters, quotes and line ends are ASCII in UTF-8 and windows-1252 alike, and only the
/// fields are turned into strings (see [Utf8]). A 92 MB file parses in about a second.
final class CsvTableReader implements TableReader {

    private static final int BUFFER_BYTES = 256 * 1024;
    private static final int DELIMITER = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;

    private final Path file;
    private final InputStream in;
    private final long size;
    private final CsvDialect dialect;
    private final byte delimiter;
    private final Utf8 text;
    private final List<String> headers;

    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private long bytesBefore;
    private boolean eof;

    /// the field being built when it crosses a buffer refill or holds doubled quotes
    private byte[] field = new byte[256];
    private int fieldLength;
    private boolean fieldAscii;

    private long line = 1;
    private long rowLine;
    private String[] cells = new String[16];
    private int cellCount;

    private CsvTableReader(Path file, InputStream in, long size) throws IOException, ImportException {
        this.file = file;
        this.in = in;
        this.size = size;
        fill();
        this.dialect = CsvDialect.sniff(file, buffer, Math.min(limit, CsvDialect.SAMPLE_BYTES));
        this.delimiter = dialect.delimiter();
        this.text = new Utf8(dialect.windows1252());
        this.pos = dialect.bomLength();
        if (!readRecord()) {
            throw new ImportException(file, 0, "The file is empty. Choose a file with a header row and at least one data row.");
        }
        this.headers = Headers.clean(Arrays.asList(cells).subList(0, cellCount));
    }

    static CsvTableReader open(Path file) throws ImportException {
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            return new CsvTableReader(file, in, Math.max(1, Files.size(file)));
        } catch (IOException e) {
            closeQuietly(in);
            throw new ImportException(file, 0, "The file could not be read (" + e.getMessage() + "). Check that it exists and is not open in another program.", e);
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
        try {
            return readRecord();
        } catch (IOException e) {
            throw new ImportException(file, line, "Reading stopped (" + e.getMessage() + "). Check that the file is still there and try again.", e);
        }
    }

    @Override
    public long line() {
        return rowLine;
    }

    @Override
    public String cell(int column) {
        return column < cellCount ? cells[column] : "";
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

    /// Reads the next record that has at least one non-empty cell.
    private boolean readRecord() throws IOException, ImportException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            rowLine = line;
            cellCount = 0;
            int end;
            do {
                end = readField();
            } while (end == DELIMITER);
            if (!isBlankRow()) {
                return true;
            }
            if (end == END_OF_FILE) {
                return false;
            }
        }
    }

    private boolean isBlankRow() {
        for (int i = 0; i < cellCount; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private int readField() throws IOException, ImportException {
        fieldLength = 0;
        fieldAscii = true;
        if (pos >= limit && !fill()) {
            addCell("");
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
        boolean ascii = true;
        while (true) {
            if (pos >= limit) {
                append(start, pos, ascii);
                ascii = true;
                if (!fill()) {
                    addCell(fieldText());
                    return END_OF_FILE;
                }
                start = pos;
                continue;
            }
            byte b = buffer[pos];
            if (b == delimiter) {
                addCell(finish(start, pos, ascii));
                pos++;
                return DELIMITER;
            }
            if (b == '\n' || b == '\r') {
                addCell(finish(start, pos, ascii));
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
            ascii &= b >= 0;
            pos++;
        }
    }

    /// Reads a quoted part, after its opening quote, up to and including its closing quote.
    private void readQuoted() throws IOException, ImportException {
        long startLine = line;
        int start = pos;
        boolean ascii = true;
        while (true) {
            if (pos >= limit) {
                append(start, pos, ascii);
                ascii = true;
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
                append(start, pos, ascii);
                ascii = true;
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
            ascii &= b >= 0;
            pos++;
        }
    }

    private String finish(int start, int end, boolean ascii) {
        if (fieldLength == 0) {
            return text.decode(buffer, start, end - start, ascii);
        }
        append(start, end, ascii);
        return fieldText();
    }

    private String fieldText() {
        return text.decode(field, 0, fieldLength, fieldAscii);
    }

    private void append(int start, int end, boolean ascii) {
        int length = end - start;
        if (length == 0) {
            return;
        }
        ensureField(length);
        System.arraycopy(buffer, start, field, fieldLength, length);
        fieldLength += length;
        fieldAscii &= ascii;
    }

    private void appendByte(byte b) {
        ensureField(1);
        field[fieldLength++] = b;
    }

    private void ensureField(int more) {
        if (fieldLength + more > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + more));
        }
    }

    private void addCell(String value) {
        if (cellCount == cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
        }
        cells[cellCount++] = value;
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
        return limit > 0;
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
