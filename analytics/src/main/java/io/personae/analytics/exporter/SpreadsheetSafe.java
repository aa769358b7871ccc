package io.personae.analytics.exporter;

/// Keeps exported text from being run as a formula when the file is opened in a spreadsheet.
///
/// Excel, LibreOffice and Google Sheets treat a cell starting with `=`, `+`, `-` or `@` as a
/// formula, and some also act on a leading tab or carriage return. A customer can type any of
/// these into a name field, so an export file opened by the shop owner could run what a
/// stranger wrote (OWASP "CSV injection"). A leading apostrophe makes spreadsheets show the
/// text as typed.
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /// The value with an apostrophe in front when it would start a formula; `null` becomes "".
    public static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsFormula(value.charAt(0)) ? "'" + value : value;
    }

    /// Whether a cell starting with `first` needs the apostrophe.
    static boolean startsFormula(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
