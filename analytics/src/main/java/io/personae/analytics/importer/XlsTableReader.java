package io.personae.analytics.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/// One sheet of an old-style .xls workbook, the first unless another is named.
///
/// decision: read whole with HSSF rather than streamed; the format stops at 65,536 rows, so
/// the workbook stays small, and the event API would double this class for no gain.
final class XlsTableReader implements TableReader {

    private final HSSFWorkbook workbook;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final int lastRow;
    private final List<String> headers;
    private final List<String> cells = new ArrayList<>();
    private long line;

    private XlsTableReader(Path file, HSSFWorkbook workbook, String sheetWanted) throws ImportException {
        this.workbook = workbook;
        if (workbook.getNumberOfSheets() == 0) {
            throw new ImportException(file, 0, "The workbook has no sheets. Choose a workbook with a table on its first sheet.");
        }
        Sheet sheet = sheetWanted == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetWanted);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            throw Workbooks.noSuchSheet(file, sheetWanted, names);
        }
        this.sheetName = sheet.getSheetName();
        this.rows = sheet.rowIterator();
        this.lastRow = Math.max(1, sheet.getLastRowNum() + 1);
        if (!next()) {
            throw new ImportException(file, 0, "The first sheet (" + sheetName + ") is empty. Put the table on the first sheet and import again.");
        }
        this.headers = Headers.clean(cells);
    }

    static XlsTableReader open(Path file, String sheet) throws ImportException {
        HSSFWorkbook workbook = null;
        try {
            workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
            return new XlsTableReader(file, workbook, sheet);
        } catch (EncryptedDocumentException e) {
            closeQuietly(workbook);
            throw Workbooks.encrypted(file, e);
        } catch (OldExcelFormatException e) {
            throw new ImportException(file, 0, "The workbook is in a very old Excel format (Excel 95 or earlier)."
                    + " Open it in Excel or LibreOffice, save it as .xlsx and import that.", e);
        } catch (ImportException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw Workbooks.damaged(file, e);
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            cells.clear();
            boolean blank = true;
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                String text = text(row.getCell(c));
                cells.add(text);
                blank &= text.isBlank();
            }
            if (!blank) {
                line = row.getRowNum() + 1L;
                return true;
            }
        }
        return false;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    @Override
    public double progress() {
        return Math.min(1, line / (double) lastRow);
    }

    @Override
    public String format() {
        return "Excel 97-2003, sheet " + sheetName;
    }

    @Override
    public boolean decimalComma() {
        return false;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? CellText.date(cell.getLocalDateTimeCellValue())
                    : CellText.number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static void closeQuietly(HSSFWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
