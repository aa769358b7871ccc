package io.personae.analytics.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/// One CSV row as [CsvRowWriter] writes it (RFC 4180 quoting, cells made spreadsheet-safe, CRLF),
/// encoded straight to UTF-8 bytes in a buffer reused from row to row.
///
/// decision: an export of a million customers spent most of its writing time building a
/// `String` per row, measuring its UTF-8 length for the 50 MB split, then encoding it again; here
/// each character is looked at once and the row's byte count is the buffer's length. Unpaired
/// surrogates become `?`, as Java's UTF-8 encoder writes them.
final class CsvRowBytes {

    private byte[] bytes = new byte[1024];
    private int length;

    /// Encodes `cells` as the row, replacing the previous one.
    void encode(List<String> cells) {
        length = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            cell(cells.get(i));
        }
        put((byte) '\r');
        put((byte) '\n');
    }

    /// The row's size in the file, in bytes.
    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /// decision: one pass per cell: the characters are encoded as they are read, and the rare
    /// cell that needs quotes is shifted one byte right afterwards to make room for the opening
    /// quote, rather than scanning every cell once for quoting and again to encode it. A quote
    /// character always forces quoting, so doubling it as it is met is always right.
    private void cell(String value) {
        int n = value == null ? 0 : value.length();
        if (n == 0) {
            return;
        }
        ensure(n * 3 + 3);
        int start = length;
        if (SpreadsheetSafe.startsFormula(value.charAt(0))) {
            bytes[length++] = '\'';
        }
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    bytes[length++] = '"';
                    quoted = true;
                } else if (c == ',' || c == '\r' || c == '\n') {
                    quoted = true;
                }
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xF0 | code >> 18);
                bytes[length++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[length++] = '?';
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (quoted) {
            System.arraycopy(bytes, start, bytes, start + 1, length - start);
            bytes[start] = '"';
            length++;
            bytes[length++] = '"';
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    /// Room for `more` bytes; a doubled quote takes two bytes for one character, at most three
    /// bytes a character otherwise, so `3 * chars + 3` always fits a cell with its formula guard
    /// and quotes.
    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
