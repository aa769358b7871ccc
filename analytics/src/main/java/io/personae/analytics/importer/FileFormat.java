package io.personae.analytics.importer;

import java.nio.charset.Charset;
import java.util.Objects;

/// How to read the bytes of a file into rows, each part either guessed ([#AUTO]) or set by the
/// user after the guess went wrong. The import dialog shows the guess and offers these as
/// overrides; the command line takes them as options; they are stored with the import so a
/// re-import reads a newer file the same way.
///
/// @param delimiter    the CSV field separator
/// @param header       whether the first row names the columns
/// @param encoding     the CSV text encoding
/// @param sheet        the Excel sheet to read by name, or `null` for the first one
/// @param appendSheets whether every Excel sheet with the same columns as the chosen one is
///                     appended to it (a workbook split by year)
/// @param dateOrder    how to read numeric dates whose day and month could be swapped
/// @param headerRow    the Excel row (1-based, as Excel numbers it) that names the columns, with
///                     title or note rows above it; 0 to find it: the first row as wide as the
///                     table below it
public record FileFormat(Delimiter delimiter, HeaderRow header, Encoding encoding, String sheet, boolean appendSheets,
        DateOrder dateOrder, int headerRow) {

    /// Everything guessed.
    public static final FileFormat AUTO = new FileFormat(Delimiter.AUTO, HeaderRow.AUTO, Encoding.AUTO, null, false, DateOrder.AUTO);

    /// The largest row number of an Excel sheet.
    public static final int MAX_HEADER_ROW = 1_048_576;

    /// The CSV field separator; [#SPACES] is one or more spaces between columns padded to line up.
    public enum Delimiter {
        AUTO((byte) 0), COMMA((byte) ','), SEMICOLON((byte) ';'), TAB((byte) '\t'), PIPE((byte) '|'), SPACES((byte) ' ');

        private final byte symbol;

        Delimiter(byte symbol) {
            this.symbol = symbol;
        }

        byte symbol() {
            return symbol;
        }

        static Delimiter of(byte symbol) {
            for (Delimiter d : values()) {
                if (d.symbol == symbol) {
                    return d;
                }
            }
            throw new IllegalArgumentException("Unsupported delimiter " + (char) symbol);
        }
    }

    /// Whether the first row names the columns; without one the columns are called `Column 1`...
    public enum HeaderRow { AUTO, FIRST_ROW, NONE }

    /// The text encoding of a CSV file. UTF-16 is what Excel's "Unicode text" writes; IBM850
    /// and IBM437 are the DOS code pages of old tills and accounting programs.
    public enum Encoding {
        AUTO(null), UTF_8("UTF-8"), WINDOWS_1252("windows-1252"), UTF_16LE("UTF-16LE"), UTF_16BE("UTF-16BE"),
        IBM850("IBM850"), IBM437("IBM437");

        private final String charsetName;

        Encoding(String charsetName) {
            this.charsetName = charsetName;
        }

        /// The Java charset; `null` for [#AUTO].
        public Charset charset() {
            return charsetName == null ? null : Charset.forName(charsetName);
        }

        /// Whether each character is one byte that a table turns into text.
        boolean singleByte() {
            return this == WINDOWS_1252 || this == IBM850 || this == IBM437;
        }

        /// Whether the text is UTF-16, read by transcoding it to UTF-8 before parsing.
        boolean utf16() {
            return this == UTF_16LE || this == UTF_16BE;
        }
    }

    /// How to read `03/04/2024`: guessed from the values (a day over 12 settles it), or fixed.
    public enum DateOrder { AUTO, DAY_FIRST, MONTH_FIRST }

    public FileFormat {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(dateOrder, "dateOrder");
        sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
        if (headerRow < 0 || headerRow > MAX_HEADER_ROW) {
            throw new IllegalArgumentException("The header row is a row number from 1 to " + MAX_HEADER_ROW
                    + " (or 0 to find it); " + headerRow + " was given.");
        }
    }

    /// A format whose Excel header row is found from the cells.
    public FileFormat(Delimiter delimiter, HeaderRow header, Encoding encoding, String sheet, boolean appendSheets,
            DateOrder dateOrder) {
        this(delimiter, header, encoding, sheet, appendSheets, dateOrder, 0);
    }

    public FileFormat withDelimiter(Delimiter value) {
        return new FileFormat(value, header, encoding, sheet, appendSheets, dateOrder, headerRow);
    }

    public FileFormat withHeader(HeaderRow value) {
        return new FileFormat(delimiter, value, encoding, sheet, appendSheets, dateOrder, headerRow);
    }

    public FileFormat withEncoding(Encoding value) {
        return new FileFormat(delimiter, header, value, sheet, appendSheets, dateOrder, headerRow);
    }

    public FileFormat withSheet(String value, boolean append) {
        return new FileFormat(delimiter, header, encoding, value, append, dateOrder, headerRow);
    }

    public FileFormat withDateOrder(DateOrder value) {
        return new FileFormat(delimiter, header, encoding, sheet, appendSheets, value, headerRow);
    }

    /// This format with the Excel header on row `value` (1-based), or 0 to find it.
    public FileFormat withHeaderRow(int value) {
        return new FileFormat(delimiter, header, encoding, sheet, appendSheets, dateOrder, value);
    }
}
