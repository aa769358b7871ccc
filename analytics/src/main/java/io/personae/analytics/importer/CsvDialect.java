package io.personae.analytics.importer;

import java.nio.file.Path;

/// How a CSV file is written: its delimiter, its text encoding and whether it starts with a
/// byte-order mark. Found by [#sniff] from the first bytes of the file.
///
/// @param delimiter  `,`, `;` or tab
/// @param windows1252 whether the text is windows-1252 rather than UTF-8
/// @param bomLength  bytes of the UTF-8 byte-order mark to skip, 0 or 3
record CsvDialect(byte delimiter, boolean windows1252, int bomLength) {

    /// How many bytes [#sniff] wants to look at.
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final int BINARY_CHECK_BYTES = 1024;
    private static final int SNIFF_LINES = 20;
    private static final byte[] CANDIDATES = {',', ';', '\t'};

    CsvDialect {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("Unsupported delimiter " + (char) delimiter);
        }
    }

    /// Decides the dialect from the start of a file.
    ///
    /// @param sample the first bytes of the file, up to [#SAMPLE_BYTES]
    /// @throws ImportException when the bytes are not text (a renamed binary or a UTF-16 file)
    static CsvDialect sniff(Path file, byte[] sample, int length) throws ImportException {
        if (length >= 2 && ((sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE)
                || (sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF))) {
            throw new ImportException(file, 0,
                    "The file is saved as UTF-16 text, which is not supported. Save it again as \"CSV UTF-8\" and import that.");
        }
        for (int i = 0; i < Math.min(length, BINARY_CHECK_BYTES); i++) {
            if (sample[i] == 0) {
                throw new ImportException(file, 0,
                        "This is not a text file (it contains binary data), so it cannot be read as CSV."
                                + " If it is an Excel workbook, give it its .xlsx or .xls extension; otherwise export it as CSV.");
            }
        }
        int bom = length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF ? 3 : 0;
        boolean windows1252 = bom == 0 && !Utf8.isValid(sample, 0, length, length < SAMPLE_BYTES);
        return new CsvDialect(sniffDelimiter(sample, bom, length), windows1252, bom);
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
        byte best = ',';
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
        return best;
    }

    String describe() {
        String name = switch (delimiter) {
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            default -> "comma-separated";
        };
        return "CSV, " + name + ", " + (windows1252 ? "windows-1252" : "UTF-8");
    }
}
