package io.personae.analytics.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/// Rows into one Excel sheet, streamed: POI's `SXSSFWorkbook` keeps a window of rows in memory
/// and flushes the rest to a compressed temporary file, so a million customers fit in a laptop's
/// memory.
///
/// decision: every cell is a string cell, guarded like CSV ([SpreadsheetSafe]). A string cell
/// is never evaluated, but the same text in both formats means a file converted or copied from
/// the workbook stays safe too.
final class XlsxSink implements RowSink {

    /// Rows kept in memory before POI flushes them to its temporary file.
    private static final int WINDOW = 200;

    private final StagedFiles staged;
    private final Path target;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int next;

    /// @throws ExportException when `rows` customers and the header do not fit in one sheet
    XlsxSink(StagedFiles staged, Path target, List<String> header, int rows) throws ExportException {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        if (rows + 1 > maxRows) {
            throw new ExportException(String.format("%,d customers do not fit in one Excel sheet (at most %,d rows)."
                    + " Export them as CSV, or fewer segments at a time.", rows, maxRows - 1));
        }
        this.staged = staged;
        this.target = target;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Customers");
        write(header);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        write(cells);
    }

    @Override
    public List<Path> finish() throws IOException, ExportException {
        try (OutputStream out = staged.newPart()) {
            workbook.write(out);
        }
        return List.of(target);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private void write(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(SpreadsheetSafe.guard(cells.get(c)));
        }
    }
}
