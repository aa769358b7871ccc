package io.personae.analytics.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/// The rows of an .xlsx workbook's sheets (from the chosen one, the first unless another is
/// named), streamed: the sheet's XML is pulled row by row with StAX, so a sheet of a million
/// rows never sits in memory as POI cell objects. [SheetTable] finds the header and appends
/// sheets.
///
/// decision: a pull parser over [XSSFReader]'s sheet stream rather than POI's push-style
/// `XSSFSheetXMLHandler`: the importer pulls rows (same loop as for CSV), and pushing from SAX
/// into a pull API would need a second thread or a buffer of every row.
final class XlsxTableReader implements SheetRows {

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader.SheetIterator sheets;
    private InputStream sheet;
    private XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private String sheetName;
    private long rowsInSheet;

    private String[] cells = new String[16];
    private int cellCount;
    private long row;
    private final StringBuilder value = new StringBuilder();

    private XlsxTableReader(Path file, OPCPackage pkg, FileFormat format)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException, ImportException {
        this.file = file;
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        this.date1904 = WorkbookProperties.isDate1904(reader);
        this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new ImportException(file, 0, "The workbook has no sheets. Choose a workbook with a table on its first sheet.");
        }
        List<String> seen = new ArrayList<>();
        while (true) {
            if (!sheets.hasNext()) {
                throw Workbooks.noSuchSheet(file, format.sheet(), seen);
            }
            InputStream candidate = sheets.next();
            String name = sheets.getSheetName();
            seen.add(name);
            if (format.sheet() == null || format.sheet().equalsIgnoreCase(name)) {
                startSheet(candidate, name);
                break;
            }
            candidate.close();
        }
    }

    private void startSheet(InputStream stream, String name) throws XMLStreamException {
        this.sheet = stream;
        this.sheetName = name;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(stream);
        this.rowsInSheet = readDimension();
        this.row = 0;
        this.cellCount = 0;
    }

    static TableReader open(Path file, FileFormat format) throws ImportException {
        OPCPackage pkg = null;
        XlsxTableReader rows;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            rows = new XlsxTableReader(file, pkg, format);
        } catch (EncryptedDocumentException e) {
            revert(pkg);
            throw Workbooks.encrypted(file, e);
        } catch (ImportException e) {
            revert(pkg);
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
                | OpenXML4JRuntimeException | IllegalArgumentException | ClassCastException e) {
            revert(pkg);
            throw Workbooks.damaged(file, e);
        }
        return SheetTable.open(file, rows, format);
    }

    /// The names of the workbook's sheets, in order, without reading their cells.
    static List<String> sheetNames(Path file) throws ImportException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader.SheetIterator all = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (all.hasNext()) {
                try (InputStream unread = all.next()) {
                    names.add(all.getSheetName());
                }
            }
            return names;
        } catch (EncryptedDocumentException e) {
            throw Workbooks.encrypted(file, e);
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                | ClassCastException e) {
            throw Workbooks.damaged(file, e);
        } finally {
            revert(pkg);
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean nextRow() throws ImportException {
        try {
            return readRow();
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    @Override
    public boolean nextSheet() throws ImportException {
        try {
            if (!sheets.hasNext()) {
                return false;
            }
            xml.close();
            sheet.close();
            InputStream stream = sheets.next();
            startSheet(stream, sheets.getSheetName());
            return true;
        } catch (IOException e) {
            throw new ImportException(file, row, "Reading stopped (" + e.getMessage() + "): the file was deleted, moved or locked"
                    + " while it was being read. Nothing was imported. Check that the file is still there and import again.", e);
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private ImportException unreadable(Exception e) {
        if (Workbooks.isZipBomb(e)) {
            return Workbooks.zipBomb(file, e);
        }
        return new ImportException(file, row, "The sheet is damaged from this row on, so it cannot be read."
                + " Open it in Excel, save it again and import that.", e);
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public int width() {
        return cellCount;
    }

    @Override
    public String cell(int column) {
        return column < cellCount && cells[column] != null ? cells[column] : "";
    }

    @Override
    public double progress() {
        return rowsInSheet > 0 ? Math.min(1, row / (double) rowsInSheet) : -1;
    }

    @Override
    public String kind() {
        return "Excel";
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException e) {
            // read-only: nothing to lose
        }
        revert(pkg);
    }

    /// Rows in the sheet from its `<dimension ref="A1:H500">`, for progress; 0 when absent.
    private long readDimension() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("dimension")) {
                    String ref = xml.getAttributeValue(null, "ref");
                    return ref == null ? 0 : CellReference.row(ref.substring(ref.indexOf(':') + 1));
                }
                if (name.equals("sheetData")) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /// Reads the next `<row>` into `cells`; `false` at the end of the sheet data.
    private boolean readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                row = r == null ? row + 1 : Long.parseLong(r);
                Arrays.fill(cells, 0, cellCount, "");
                cellCount = 0;
                readCells();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                return false;
            }
        }
        return false;
    }

    private void readCells() throws XMLStreamException {
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : CellReference.column(ref);
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                setCell(column, readCell(type, style));
            }
        }
    }

    /// Reads one `<c>` element's content, after its start tag, to its end tag.
    private String readCell(String type, String style) throws XMLStreamException {
        value.setLength(0);
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                // <v> holds the value (a formula's cached result too); <t> the text of an inline string
                inValue = name.equals("v") || name.equals("t");
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    return text(type, style, value.toString());
                }
                if (name.equals("v") || name.equals("t")) {
                    inValue = false;
                }
            }
        }
        return "";
    }

    private String text(String type, String style, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return number(style, raw);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
            default -> raw; // "str" (formula text), "inlineStr", "e" (an error such as #N/A), "d" (ISO date)
        };
    }

    private String number(String style, String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style == null || styles == null) {
            return CellText.number(number);
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
        if (cellStyle == null) {
            return CellText.number(number);
        }
        return CellText.number(number, cellStyle.getDataFormat(), cellStyle.getDataFormatString(), date1904);
    }

    private void setCell(int column, String text) {
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
        }
        for (int i = cellCount; i < column; i++) {
            cells[i] = "";
        }
        cells[column] = text;
        cellCount = Math.max(cellCount, column + 1);
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    /// Column and row of an A1-style reference.
    private static final class CellReference {

        private CellReference() {
        }

        static int column(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }

        static long row(String ref) {
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                i++;
            }
            try {
                return Long.parseLong(ref.substring(i));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /// Workbook-wide settings the cells need.
    private static final class WorkbookProperties {

        private WorkbookProperties() {
        }

        /// Whether dates count from 1904 (old Mac workbooks) instead of 1900.
        static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
            try (InputStream in = reader.getWorkbookData()) {
                XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                try {
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            String name = xml.getLocalName();
                            if (name.equals("workbookPr")) {
                                String value = xml.getAttributeValue(null, "date1904");
                                return "1".equals(value) || "true".equals(value);
                            }
                            if (name.equals("sheets")) {
                                return false;
                            }
                        }
                    }
                    return false;
                } finally {
                    xml.close();
                }
            }
        }
    }
}
