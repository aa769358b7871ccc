package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Workbooks whose table starts under title rows, and sheets appended from an .xls workbook.
/// `title-rows.xlsx` and `title-rows.xls` have a title on row 1, a note on row 2, the header on
/// row 4; the .xls has a second sheet with the same columns under one title row.
class ExcelHeaderRowTest {

    private static final List<String> HEADER = List.of("Customer ID", "Order Date", "Amount");
    private static final ImportOptions ORDERS = new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", null, null, null,
            "Order Date", "Amount", List.of());

    @Test
    void givenXlsxWithTitleRows_whenPreviewed_thenTheHeaderIsFoundOnRowFour() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/title-rows.xlsx"), 10);

        assertEquals(HEADER, preview.headers());
        assertEquals(3, preview.rows().size());
        assertEquals(List.of("C1", "2024-01-05", "10.5"), preview.rows().get(0));
    }

    @Test
    void givenXlsWithTitleRows_whenRead_thenTheHeaderIsFoundAndLinesAreSheetRows() throws ImportException {
        try (TableReader reader = TableReaders.open(Fixtures.file("import/title-rows.xls"))) {
            assertEquals(HEADER, reader.headers());
            reader.next();
            assertEquals(5, reader.line());
            assertEquals("C1", reader.cell(0));
        }
    }

    @Test
    void givenHeaderRowNamed_whenRead_thenThatRowNamesTheColumns() throws ImportException {
        FileFormat rowFour = FileFormat.AUTO.withHeaderRow(4);
        FileFormat rowTwo = FileFormat.AUTO.withHeaderRow(2);

        TablePreview onFour = TableReaders.preview(Fixtures.file("import/title-rows.xls"), 10, rowFour);
        TablePreview onTwo = TableReaders.preview(Fixtures.file("import/title-rows.xlsx"), 10, rowTwo);

        assertEquals(HEADER, onFour.headers());
        // the user's row wins even when it is narrower than the table: its one column is read
        assertEquals(List.of("Exported 2024-03-05"), onTwo.headers());
        assertEquals(List.of("Customer ID"), onTwo.rows().get(0));
    }

    @Test
    void givenHeaderRowOnAnEmptyRow_whenRead_thenTheMessageNamesTheFirstFilledRowBelow() {
        for (String name : List.of("import/title-rows.xlsx", "import/title-rows.xls")) {
            ImportException e = assertThrows(ImportException.class,
                    () -> TableReaders.preview(Fixtures.file(name), 10, FileFormat.AUTO.withHeaderRow(3)));

            assertTrue(e.getMessage().contains("Row 3 of sheet Orders is empty; the first filled row below it is row 4"), e.getMessage());
        }
    }

    @Test
    void givenXlsWithTwoSheetsOfTheSameColumns_whenAppended_thenBothSheetsAreRead() throws ImportException {
        Path file = Fixtures.file("import/title-rows.xls");
        FileFormat both = FileFormat.AUTO.withSheet(null, true);

        TablePreview preview = TableReaders.preview(file, 10, both);
        ImportedFile read = Importer.read(file, ORDERS.withFormat(both), ProgressMonitor.NONE);

        assertEquals(5, preview.rows().size());
        assertEquals(List.of("C3", "2024-03-01", "7"), preview.rows().get(3));
        assertEquals("Excel 97-2003, sheets Orders + More orders", preview.format());
        assertEquals(5, read.summary().rowsRead());
        assertEquals(3, read.summary().customers());
    }

    @Test
    void givenXlsSecondSheetByName_whenRead_thenOnlyThatSheetUnderItsTitle() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/title-rows.xls"), 10,
                FileFormat.AUTO.withSheet("More orders", false));

        assertEquals(HEADER, preview.headers());
        assertEquals(2, preview.rows().size());
        assertEquals("Excel 97-2003, sheet More orders", preview.format());
    }

    @Test
    void givenWorkbooksAndACsv_whenSheetsListed_thenNamesInOrderOrNone() throws ImportException {
        assertEquals(List.of("Orders", "More orders"), TableReaders.sheets(Fixtures.file("import/title-rows.xls")));
        assertEquals(List.of("Orders"), TableReaders.sheets(Fixtures.file("import/title-rows.xlsx")));
        assertEquals(List.of(), TableReaders.sheets(Fixtures.file("import/quoted.csv")));
    }

    @Test
    void givenPasswordProtectedWorkbook_whenSheetsListed_thenThePasswordIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.sheets(Fixtures.file("bad/password.xlsx")));

        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }
}
