package io.personae.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/// The sheet names of an Excel workbook, for the dialog's sheet picker.
///
/// decision: read here because the engine names a workbook's sheets only in the message of a
/// wrong sheet; only the workbook's index is read (no cells), and any trouble reading it yields
/// no names, since opening the sheet itself then reports the problem in the engine's words.
final class SheetNames {

    private SheetNames() {
    }

    /// Whether `file` is opened as a workbook (by its name, as the engine decides).
    static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /// The sheets of `file` in workbook order; empty for a CSV file or an unreadable workbook.
    static List<String> of(Path file) {
        if (!isWorkbook(file)) {
            return List.of();
        }
        try {
            return switch (FileMagic.valueOf(file.toFile())) {
                case OOXML -> ooxml(file);
                case OLE2 -> ole2(file);
                default -> List.of();
            };
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return List.of();
        }
    }

    private static List<String> ooxml(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream unread = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
        }
        return names;
    }

    private static List<String> ole2(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true))) {
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        }
        return names;
    }
}
