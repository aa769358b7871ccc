package io.personae.analytics.exporter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/// Writes CSV rows the way RFC 4180 describes them: CRLF after every row, a field quoted when it
/// holds a comma, a double quote, CR or LF, and quotes inside doubled.
///
/// decision: RFC 4180 rather than a local dialect, because the files go to email tools
/// (Mailchimp, Klaviyo) and to Excel, which all read this form.
final class CsvRowWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    /// Writes one row; every cell is made spreadsheet-safe first (see [SpreadsheetSafe]).
    void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(SpreadsheetSafe.guard(cells.get(i))));
        }
        out.write(LINE_END);
    }

    /// The field as it must appear in the file.
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
