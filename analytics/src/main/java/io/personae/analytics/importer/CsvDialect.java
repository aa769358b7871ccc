package io.personae.analytics.importer;

import java.nio.file.Path;

/// How a CSV file is written: its delimiter, its text encoding and whether it starts with a
/// byte-order mark. Found by [#sniff] from the first bytes of the file.
///
/// @param delimiter  `,`, `;`, tab, `|`, or a space for columns padded with runs of spaces
/// @param encoding   the text encoding, never [FileFormat.Encoding#AUTO]; for UTF-16 the bytes
///                   sniffed and parsed are already transcoded to UTF-8 (see [CsvInput])
/// @param bomLength  bytes of the UTF-8 byte-order mark to skip, 0 or 3
record CsvDialect(byte delimiter, FileFormat.Encoding encoding, int bomLength) {

    /// How many bytes [#sniff] wants to look at.
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final int BINARY_CHECK_BYTES = 1024;
    private static final int SNIFF_LINES = 20;
    private static final byte[] CANDIDATES = {',', ';', '\t', '|'};

    CsvDialect {
        FileFormat.Delimiter.of(delimiter);
        if (encoding == null || encoding == FileFormat.Encoding.AUTO) {
            throw new IllegalArgumentException("A dialect needs a decided encoding");
        }
    }

    /// Decides the dialect from the start of a file.
    ///
    /// @param sample the first bytes of the file, up to [#SAMPLE_BYTES]
    /// @throws ImportException when the bytes are not text (a renamed binary, or UTF-16 read as
    ///         another encoding the user chose)
    static CsvDialect sniff(Path file, byte[] sample, int length) throws ImportException {
        return sniff(file, sample, length, FileFormat.AUTO);
    }

    /// Decides the dialect from the start of a file, keeping what `format` fixes.
    static CsvDialect sniff(Path file, byte[] sample, int length, FileFormat format) throws ImportException {
        if (length >= 2 && ((sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE)
                || (sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF))) {
            throw new ImportException(file, 0, "The file is saved as UTF-16 text, but the encoding is set to "
                    + format.encoding().name().replace('_', '-') + ". Choose \"Guess\" or UTF-16 as the encoding and import again.");
        }
        for (int i = 0; i < Math.min(length, BINARY_CHECK_BYTES); i++) {
            if (sample[i] == 0) {
                throw new ImportException(file, 0,
                        "This is not a text file (it contains binary data), so it cannot be read as CSV."
                                + " If it is an Excel workbook, give it its .xlsx or .xls extension; otherwise export it as CSV.");
            }
        }
        int bom = length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF ? 3 : 0;
        FileFormat.Encoding encoding = format.encoding();
        if (encoding == FileFormat.Encoding.AUTO) {
            encoding = bom > 0 || Utf8.isValid(sample, 0, length, length < SAMPLE_BYTES)
                    ? FileFormat.Encoding.UTF_8
                    : CodePageGuess.guess(sample, 0, length);
        }
        byte delimiter = format.delimiter() == FileFormat.Delimiter.AUTO ? sniffDelimiter(sample, bom, length) : format.delimiter().symbol();
        return new CsvDialect(delimiter, encoding, bom);
    }

    /// What turns the fields' bytes into text: a single-byte page's table, or UTF-8 (which
    /// UTF-16 has been transcoded to) with a windows-1252 fallback per field.
    Utf8 decoder() {
        return new Utf8(encoding.singleByte() ? encoding.charset() : null);
    }

    /// The candidate that splits the first lines into the same, largest number of fields.
    ///
    /// decision: consistency across lines beats raw frequency, so a comma-separated file whose
    /// text holds a few semicolons (or the reverse) is still read right; ties go to the comma.
    private static byte sniffDelimiter(byte[] sample, int from, int length) {
        int[][] counts = new int[CANDIDATES.length][SNIFF_LINES];
        int lines = 0;
        boolean quoted = false;
        for (int i = from; i < length && lines < SNIFF_LINES; i++) {
            byte b = sample[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && b == '\n') {
                lines++;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (b == CANDIDATES[c]) {
                        counts[c][lines]++;
                    }
                }
            }
        }
        // a last line cut off by the sample's end may be short: leave it out unless it is the only one
        int complete = Math.max(1, lines);
        byte best = 0;
        long bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int header = counts[c][0];
            if (header == 0) {
                continue;
            }
            boolean consistent = true;
            for (int line = 1; line < Math.min(complete, SNIFF_LINES); line++) {
                consistent &= counts[c][line] == header;
            }
            long score = (consistent ? 1_000_000L : 0L) + header;
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[c];
            }
        }
        if (best == 0) {
            return spacePadded(sample, from, length) ? (byte) ' ' : (byte) ',';
        }
        return best;
    }

    /// Whether no candidate appears but every complete line splits into the same number (two or
    /// more) of space-separated fields, as in columns padded to line up (`CDNOW_master.txt`).
    ///
    /// decision: only when none of the usual delimiters appears in the first line, so a
    /// one-column CSV of names with spaces is not split into first and last names.
    private static boolean spacePadded(byte[] sample, int from, int length) {
        int fields = -1;
        int current = 0;
        boolean inField = false;
        int lines = 0;
        for (int i = from; i < length && lines < SNIFF_LINES; i++) {
            byte b = sample[i];
            if (b == '"') {
                return false;
            }
            if (b == '\n' || b == '\r') {
                if (current > 0) {
                    if (fields >= 0 && fields != current) {
                        return false;
                    }
                    fields = current;
                    lines++;
                }
                current = 0;
                inField = false;
            } else if (b == ' ') {
                inField = false;
            } else if (!inField) {
                inField = true;
                current++;
            }
        }
        return fields >= 2 && lines >= 2;
    }

    String describe() {
        String name = switch (delimiter) {
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            case '|' -> "pipe-separated";
            case ' ' -> "columns separated by spaces";
            default -> "comma-separated";
        };
        return "CSV, " + name + ", " + encoding.charset().name();
    }
}
