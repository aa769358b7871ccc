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

/// The rows of an old-style .xls workbook's sheets, from the chosen one (the first unless
/// another is named). [SheetTable] finds the header and appends sheets.
///
/// decision: read whole with HSSF rather than streamed; the format stops at 65,536 rows, so
/// the workbook stays small, and the event API would double this class for no gain.
final class XlsTableReader implements SheetRows {

    private final HSSFWorkbook workbook;
    private int sheetIndex;
    private Iterator<Row> rows;
    private int lastRow;
    private final List<String> cells = new ArrayList<>();
    private long line;

    private XlsTableReader(Path file, HSSFWorkbook workbook, String sheetWanted) throws ImportException {
        this.workbook = workbook;
        if (workbook.getNumberOfSheets() == 0) {
            throw new ImportException(file, 0, "The workbook has no sheets. Choose a workbook with a table on its first sheet.");
        }
        int index = sheetWanted == null ? 0 : workbook.getSheetIndex(sheetWanted);
        if (index < 0) {
            throw Workbooks.noSuchSheet(file, sheetWanted, names(workbook));
        }
        start(index);
    }

    private void start(int index) {
        Sheet sheet = workbook.getSheetAt(index);
        this.sheetIndex = index;
        this.rows = sheet.rowIterator();
        this.lastRow = Math.max(1, sheet.getLastRowNum() + 1);
        this.line = 0;
        cells.clear();
    }

    static TableReader open(Path file, FileFormat format) throws ImportException {
        HSSFWorkbook workbook = null;
        XlsTableReader rows;
        try {
            workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
            rows = new XlsTableReader(file, workbook, format.sheet());
        } catch (EncryptedDocumentException e) {
            closeQuietly(workbook);
            throw Workbooks.encrypted(file, e);
        } catch (OldExcelFormatException e) {
            throw oldFormat(file, e);
        } catch (ImportException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw Workbooks.damaged(file, e);
        }
        return SheetTable.open(file, rows, format);
    }

    /// The names of the workbook's sheets, in order.
    static List<String> sheetNames(Path file) throws ImportException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true))) {
            return names(workbook);
        } catch (EncryptedDocumentException e) {
            throw Workbooks.encrypted(file, e);
        } catch (OldExcelFormatException e) {
            throw oldFormat(file, e);
        } catch (IOException | RuntimeException e) {
            throw Workbooks.damaged(file, e);
        }
    }

    private static ImportException oldFormat(Path file, OldExcelFormatException e) {
        return new ImportException(file, 0, "The workbook is in a very old Excel format (Excel 95 or earlier)."
                + " Open it in Excel or LibreOffice, save it as .xlsx and import that.", e);
    }

    private static List<String> names(HSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Override
    public String sheetName() {
        return workbook.getSheetName(sheetIndex);
    }

    @Override
    public boolean nextRow() {
        if (!rows.hasNext()) {
            return false;
        }
        Row row = rows.next();
        cells.clear();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c)));
        }
        line = row.getRowNum() + 1L;
        return true;
    }

    @Override
    public boolean nextSheet() {
        if (sheetIndex + 1 >= workbook.getNumberOfSheets()) {
            return false;
        }
        start(sheetIndex + 1);
        return true;
    }

    @Override
    public long rowNumber() {
        return line;
    }

    @Override
    public int width() {
        return cells.size();
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
    public String kind() {
        return "Excel 97-2003";
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
