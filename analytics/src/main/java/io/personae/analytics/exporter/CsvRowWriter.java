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

    static final String LINE_END = "\r\n";

    private final Writer out;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    /// Writes one row; every cell is made spreadsheet-safe first (see [SpreadsheetSafe]).
    void writeRow(List<String> cells) throws IOException {
        out.write(line(cells));
    }

    /// One row as it appears in the file, line end included.
    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder(cells.size() * 16);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(SpreadsheetSafe.guard(cells.get(i))));
        }
        return line.append(LINE_END).toString();
    }

    /// The field as it must appear in the file.
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
