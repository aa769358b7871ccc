package io.personae.analytics.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/// Opens an Excel workbook by what its bytes are, not by its extension: an old .xls renamed
/// .xlsx still opens, and a password-protected .xlsx (an OLE2 container holding an encrypted
/// package) gets a message about the password rather than "damaged".
final class Workbooks {

    private Workbooks() {
    }

    static TableReader open(Path file, FileFormat format) throws ImportException {
        return switch (magic(file)) {
            case OOXML -> XlsxTableReader.open(file, format);
            case OLE2 -> isEncrypted(file) ? throwEncrypted(file) : XlsTableReader.open(file, format);
            default -> throw damaged(file, null);
        };
    }

    /// The sheet names of a workbook, in order, by what its bytes are.
    static java.util.List<String> sheetNames(Path file) throws ImportException {
        return switch (magic(file)) {
            case OOXML -> XlsxTableReader.sheetNames(file);
            case OLE2 -> isEncrypted(file) ? throwEncrypted(file) : XlsTableReader.sheetNames(file);
            default -> throw damaged(file, null);
        };
    }

    private static FileMagic magic(Path file) throws ImportException {
        try {
            return FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new ImportException(file, 0, "The file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    static ImportException damaged(Path file, Exception cause) {
        if (isZipBomb(cause)) {
            return zipBomb(file, cause);
        }
        return new ImportException(file, 0, "The workbook is damaged or is not an Excel file, so it cannot be read."
                + " Open it in Excel or LibreOffice, save it again as .xlsx (or export it as CSV) and import that.", cause);
    }

    /// POI refuses entries that inflate more than 100-fold (a "zip bomb", which could fill the
    /// memory or the disk); say so rather than "damaged".
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    static ImportException zipBomb(Path file, Exception cause) {
        return new ImportException(file, 0, "The workbook holds a part that unpacks to more than 100 times its packed size"
                + " (a \"zip bomb\", which could exhaust the memory), so it was not read. If you trust the file, open it in"
                + " Excel or LibreOffice, save it again (or export the sheet as CSV) and import that.", cause);
    }

    static ImportException noSuchSheet(Path file, String sheet, java.util.List<String> names) {
        return new ImportException(file, 0, "The workbook has no sheet called '" + sheet + "' (its sheets: "
                + String.join(", ", names) + "). Choose one of these.");
    }

    static ImportException encrypted(Path file, Exception cause) {
        return new ImportException(file, 0, "The workbook is protected with a password. Open it in Excel,"
                + " remove the password (File > Info > Protect Workbook) or save a copy without one, and import that.", cause);
    }

    private static <T> T throwEncrypted(Path file) throws ImportException {
        throw encrypted(file, null);
    }

    private static boolean isEncrypted(Path file) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }
}
