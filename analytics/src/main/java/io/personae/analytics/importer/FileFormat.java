package io.personae.analytics.importer;

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
public record FileFormat(Delimiter delimiter, HeaderRow header, Encoding encoding, String sheet, boolean appendSheets,
        DateOrder dateOrder) {

    /// Everything guessed.
    public static final FileFormat AUTO = new FileFormat(Delimiter.AUTO, HeaderRow.AUTO, Encoding.AUTO, null, false, DateOrder.AUTO);

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

    /// The text encoding of a CSV file.
    public enum Encoding { AUTO, UTF_8, WINDOWS_1252 }

    /// How to read `03/04/2024`: guessed from the values (a day over 12 settles it), or fixed.
    public enum DateOrder { AUTO, DAY_FIRST, MONTH_FIRST }

    public FileFormat {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(dateOrder, "dateOrder");
        sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
    }

    public FileFormat withDelimiter(Delimiter value) {
        return new FileFormat(value, header, encoding, sheet, appendSheets, dateOrder);
    }

    public FileFormat withHeader(HeaderRow value) {
        return new FileFormat(delimiter, value, encoding, sheet, appendSheets, dateOrder);
    }

    public FileFormat withEncoding(Encoding value) {
        return new FileFormat(delimiter, header, value, sheet, appendSheets, dateOrder);
    }

    public FileFormat withSheet(String value, boolean append) {
        return new FileFormat(delimiter, header, encoding, value, append, dateOrder);
    }

    public FileFormat withDateOrder(DateOrder value) {
        return new FileFormat(delimiter, header, encoding, sheet, appendSheets, value);
    }
}
