package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// CSV files in UTF-16 and in the old DOS code pages: found or chosen, and read with their accents.
class EncodingsTest {

    private static final String TEXT = "Kunde,Vorname,Stadt,Umsatz\nK1,Jürgen,Köln,120.50\nK2,François,Besançon,80.25\n";

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void givenUtf16LittleEndianWithBom_whenPreviewed_thenAccentsReadAndEncodingNamed() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/utf16le-bom.csv"), 10);

        assertEquals(List.of("Kunde", "Vorname", "Stadt", "Umsatz"), preview.headers());
        assertEquals(List.of("K3", "Zoë", "Málaga", "15.00"), preview.rows().get(2));
        assertEquals("CSV, comma-separated, UTF-16LE", preview.format());
    }

    @Test
    void givenUtf16LittleEndianWithBom_whenImported_thenCustomersAndAmountsRead() throws ImportException {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "Kunde", null, "Vorname", null, null, null, List.of("Umsatz"));

        ImportedFile read = Importer.read(Fixtures.file("import/utf16le-bom.csv"), options, ProgressMonitor.NONE);

        assertEquals(3, read.customers().size());
        assertEquals("François", read.customers().firstNames()[1]);
        assertEquals(80.25, read.customers().column(0)[1], 1e-9);
    }

    @Test
    void givenUtf16WithoutBom_whenPreviewed_thenFoundFromTheZeroBytes() throws Exception {
        Path little = write("little.csv", TEXT.getBytes(StandardCharsets.UTF_16LE));
        Path big = write("big.csv", TEXT.getBytes(StandardCharsets.UTF_16BE));

        TablePreview fromLittle = TableReaders.preview(little, 10);
        TablePreview fromBig = TableReaders.preview(big, 10);

        assertEquals(List.of("K1", "Jürgen", "Köln", "120.50"), fromLittle.rows().get(0));
        assertEquals("CSV, comma-separated, UTF-16LE", fromLittle.format());
        assertEquals(List.of("K2", "François", "Besançon", "80.25"), fromBig.rows().get(1));
        assertEquals("CSV, comma-separated, UTF-16BE", fromBig.format());
    }

    @Test
    void givenUtf16BigEndianWithBom_whenChosenExplicitly_thenTheBomIsNotInTheFirstHeader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        bytes.write(TEXT.getBytes(StandardCharsets.UTF_16BE));
        Path file = write("big-bom.csv", bytes.toByteArray());

        TablePreview preview = TableReaders.preview(file, 10, FileFormat.AUTO.withEncoding(FileFormat.Encoding.UTF_16BE));

        assertEquals("Kunde", preview.headers().get(0));
        assertEquals("Köln", preview.rows().get(0).get(2));
    }

    @Test
    void givenUtf16File_whenReadAsUtf8ByChoice_thenTheMessageSaysToChooseUtf16() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("import/utf16le-bom.csv"), 10,
                FileFormat.AUTO.withEncoding(FileFormat.Encoding.UTF_8)));

        assertTrue(e.getMessage().contains("UTF-16 text, but the encoding is set to UTF-8"), e.getMessage());
    }

    @Test
    void givenDosCodePage850File_whenPreviewed_thenGuessedAsIbm850() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/cp850.csv"), 10);

        assertEquals(List.of("K1", "Jürgen", "Köln", "120.50"), preview.rows().get(0));
        assertEquals(List.of("K3", "Zoë", "Málaga", "15.00"), preview.rows().get(2));
        assertEquals("CSV, semicolon-separated, IBM850", preview.format());
    }

    @Test
    void givenDosCodePage850File_whenReadAsWindows1252ByChoice_thenTheChoiceIsKept() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/cp850.csv"), 10,
                FileFormat.AUTO.withEncoding(FileFormat.Encoding.WINDOWS_1252));

        // 0x81 (ü in IBM850) is undefined in windows-1252: proof that the user's choice was used
        assertEquals("J\uFFFDrgen", preview.rows().get(0).get(1));
        assertTrue(preview.format().endsWith("windows-1252"), preview.format());
    }

    @Test
    void givenWindows1252File_whenPreviewed_thenStillGuessedAsWindows1252() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/windows-1252.csv"), 10);

        assertEquals("Jürgen", preview.rows().get(0).get(1));
        assertTrue(preview.format().endsWith("windows-1252"), preview.format());
    }

    @Test
    void givenCodePage437File_whenChosen_thenItsBoxAndAccentBytesRead() throws Exception {
        Path file = write("dos437.csv", "Kunde;Name\nK1;Müller ╚═╝\nK2;Gaël\n".getBytes(Charset.forName("IBM437")));

        TablePreview preview = TableReaders.preview(file, 10, FileFormat.AUTO.withEncoding(FileFormat.Encoding.IBM437));

        assertEquals("Müller ╚═╝", preview.rows().get(0).get(1));
        assertEquals("CSV, semicolon-separated, IBM437", preview.format());
    }

    @Test
    void givenAccentsInEachPage_whenGuessed_thenTheirPageWins() {
        byte[] dos = "Stra\u00DFe M\u00FCller caf\u00E9".getBytes(Charset.forName("IBM850"));
        byte[] windows = "Stra\u00DFe M\u00FCller caf\u00E9".getBytes(Utf8.WINDOWS_1252);
        byte[] quotes = "don\u2019t \u201Cquote\u201D".getBytes(Utf8.WINDOWS_1252);

        assertEquals(FileFormat.Encoding.IBM850, CodePageGuess.guess(dos, 0, dos.length));
        assertEquals(FileFormat.Encoding.WINDOWS_1252, CodePageGuess.guess(windows, 0, windows.length));
        assertEquals(FileFormat.Encoding.WINDOWS_1252, CodePageGuess.guess(quotes, 0, quotes.length));
    }

    @Test
    void givenBinaryWithZerosEverywhere_whenSniffedForUtf16_thenNotTakenForText() {
        byte[] binary = {0, 0, 1, 0, 0, 0, 7, 0, 0, 3, 0, 0};

        assertEquals(null, CsvInput.utf16(binary));
    }
}
