package io.personae.analytics.importer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/// A copy of a few thousand rows of a byte-reading reader ([CellBytes]), replayed later as a
/// reader of its own, so another thread can look at rows the reader has moved past
/// ([QualityPipeline]).
///
/// Only the first `headers().size()` cells of each row are kept: nobody downstream looks further.
/// Cells are kept as bytes and turned into text, when asked, by a decoder of the reader's own
/// ([CellBytes#decoder]), so a cell reads back as the same text on the thread replaying it.
final class RowBlock implements TableReader, CellBytes {

    /// rows per block: large enough that handing blocks between threads costs nothing next to
    /// reading them, small enough that three blocks stay in the processor's cache
    static final int ROWS = 2048;

    private final List<String> headers;
    private final int width;
    private final boolean decimalComma;
    private byte[] bytes = new byte[ROWS * 128];
    private int byteCount;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] ascii;
    private final Supplier<Utf8> decoders;
    private final Utf8 decoder;
    private final long[] lines = new long[ROWS];
    private int rows;
    /// the row being replayed, and where its cells begin in the cell arrays
    private int current = -1;
    private int base;

    /// @param decoders the reader's [CellBytes#decoder]: turns the bytes of a cell into its text
    ///                 as the reader does; the block's own is used only by the thread replaying it
    RowBlock(List<String> headers, boolean decimalComma, Supplier<Utf8> decoders) {
        this.headers = headers;
        this.decoders = decoders;
        this.decoder = decoders.get();
        this.width = headers.size();
        this.decimalComma = decimalComma;
        this.starts = new int[ROWS * width];
        this.ends = new int[ROWS * width];
        this.ascii = new boolean[ROWS * width];
    }

    boolean isFull() {
        return rows == ROWS;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /// Copies the current row of `reader`, whose cells are `raw`'s bytes.
    void add(TableReader reader, CellBytes raw) {
        if (isFull()) {
            throw new IllegalStateException("The block is full");
        }
        byte[] row = raw.bytes();
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (int c = 0; c < width; c++) {
            if (raw.end(c) > raw.start(c)) {
                from = Math.min(from, raw.start(c));
                to = Math.max(to, raw.end(c));
            }
        }
        int length = Math.max(0, to - from);
        if (byteCount + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + length));
        }
        if (length > 0) {
            System.arraycopy(row, from, bytes, byteCount, length);
        }
        int shift = byteCount - from;
        int at = rows * width;
        for (int c = 0; c < width; c++, at++) {
            int start = raw.start(c);
            int end = raw.end(c);
            starts[at] = end > start ? start + shift : 0;
            ends[at] = end > start ? end + shift : 0;
            ascii[at] = raw.ascii(c);
        }
        lines[rows++] = reader.line();
        byteCount += length;
    }

    /// Forgets every row, keeping the arrays for the next block.
    void clear() {
        rows = 0;
        byteCount = 0;
        current = -1;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean next() {
        if (current + 1 >= rows) {
            return false;
        }
        current++;
        base = current * width;
        return true;
    }

    @Override
    public long line() {
        return lines[current];
    }

    @Override
    public String cell(int column) {
        if (column >= width) {
            return "";
        }
        int at = base + column;
        int length = ends[at] - starts[at];
        return length == 0 ? "" : decoder.decode(bytes, starts[at], length, ascii[at]);
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public int start(int column) {
        return column < width ? starts[base + column] : 0;
    }

    @Override
    public int end(int column) {
        return column < width ? ends[base + column] : 0;
    }

    @Override
    public boolean ascii(int column) {
        return column >= width || ascii[base + column];
    }

    @Override
    public Utf8 decoder() {
        return decoders.get();
    }

    @Override
    public double progress() {
        return rows == 0 ? 1 : (current + 1) / (double) rows;
    }

    @Override
    public String format() {
        return "rows copied from a CSV file";
    }

    @Override
    public boolean decimalComma() {
        return decimalComma;
    }

    @Override
    public void close() {
        clear();
    }
}
