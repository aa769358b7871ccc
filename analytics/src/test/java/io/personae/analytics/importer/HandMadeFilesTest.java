package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Small files with known answers for each dialect the readers must handle.
class HandMadeFilesTest {

    private static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    private static ImportedFile importGuessed(String resource) throws ImportException {
        Path file = Fixtures.file(resource);
        ImportOptions options = RoleGuesser.guess(TableReaders.preview(file, 100)).orElseThrow();
        return Importer.read(file, options, ProgressMonitor.NONE);
    }

    @Test
    void givenSemicolonFileWithDecimalCommas_whenImported_thenGermanNamesAndNumbersRead() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/semicolon-decimal-comma.csv"), 10);
        ImportOptions options = RoleGuesser.guess(preview).orElseThrow();
        ImportedFile imported = importGuessed("import/semicolon-decimal-comma.csv");

        assertEquals("CSV, semicolon-separated, UTF-8", preview.format());
        assertEquals(new ImportOptions(DataKind.TRANSACTIONS, "Kundennummer", "E-Mail", "Vorname", "Nachname", "Bestelldatum", "Betrag", List.of()),
                options);
        Transactions orders = imported.transactions();
        assertArrayEquals(new double[] {1234.5, 12.5, 7.0}, orders.amounts());
        // 15.02.2024 shows the file is day-first, so 03.02.2024 is the 3rd of February
        assertArrayEquals(new int[] {day(2024, 2, 3), day(2024, 2, 15), day(2024, 3, 1)}, orders.orderDays());
        assertEquals(new Contact("anna@example.de", "Anna", "Schmidt"), orders.contacts().get("1001"));
        assertNull(orders.contacts().get("1002"));
        assertEquals(2, imported.summary().customers());
    }

    @Test
    void givenUtf8WithBom_whenPreviewed_thenFirstHeaderHasNoBomAndAccentsRead() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/utf8-bom.csv"), 10);
        ImportedFile imported = importGuessed("import/utf8-bom.csv");

        assertEquals("customer_id", preview.headers().get(0));
        assertEquals("CSV, comma-separated, UTF-8", preview.format());
        assertEquals(List.of("Zoë", "Inès"), preview.rows().stream().map(row -> row.get(2)).toList());
        assertArrayEquals(new double[] {1200.0, 15.0}, imported.transactions().amounts());
        assertArrayEquals(new int[] {day(2024, 5, 1), day(2024, 5, 2)}, imported.transactions().orderDays());
        assertEquals("López", imported.transactions().contacts().get("C2").lastName());
    }

    @Test
    void givenWindows1252File_whenImportedAsCustomers_thenUmlautsAndMissingValues() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/windows-1252.csv"), 10);
        ImportOptions options = RoleGuesser.guess(preview).orElseThrow();
        ImportedFile imported = importGuessed("import/windows-1252.csv");

        assertEquals("CSV, semicolon-separated, windows-1252", preview.format());
        assertEquals(new ImportOptions(DataKind.CUSTOMERS, "Kunde", null, "Vorname", "Nachname", null, null, List.of("Umsatz", "Bestellungen")),
                options);
        CustomerTable table = imported.customers();
        assertArrayEquals(new String[] {"Müller", "Dubois", "O'Brien"}, table.lastNames());
        assertArrayEquals(new String[] {"Jürgen", "François", "Zoë"}, table.firstNames());
        assertArrayEquals(new double[] {1500.0, 80.25, Double.NaN}, table.column(0));
        assertArrayEquals(new double[] {3, 1, Double.NaN}, table.column(1));
        assertEquals(FeatureKind.MONEY, table.features().get(0).kind());
        assertTrue(table.features().get(0).revenue());
        assertEquals(FeatureKind.COUNT, table.features().get(1).kind());
    }

    @Test
    void givenQuotedFields_whenRead_thenCommasQuotesAndLineBreaksKeptAndLinesCounted() throws ImportException {
        List<String> names = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (TableReader reader = TableReaders.open(Fixtures.file("import/quoted.csv"))) {
            while (reader.next()) {
                names.add(reader.cell(1));
                notes.add(reader.cell(4));
                lines.add(reader.line());
            }
        }

        assertEquals(List.of("Smith, Jane", "Bob", "Smith, Jane"), names);
        assertEquals(List.of("said \"hi\"", "two\r\nlines", "refund"), notes);
        assertEquals(List.of(2L, 3L, 6L), lines);
    }

    @Test
    void givenQuotedFileWithUsDates_whenImported_thenMonthFirstAndAccountingNegatives() throws ImportException {
        ImportedFile imported = importGuessed("import/quoted.csv");

        Transactions orders = imported.transactions();
        assertArrayEquals(new String[] {"7", "8", "7"}, orders.customerIds());
        assertArrayEquals(new int[] {day(2024, 1, 13), day(2024, 2, 3), day(2024, 2, 4)}, orders.orderDays());
        assertArrayEquals(new double[] {1050.0, 5.0, -3.0}, orders.amounts());
    }

    @Test
    void givenTabSeparatedFile_whenImported_thenCompactDatesRead() throws ImportException {
        ImportedFile imported = importGuessed("import/tabs.tsv");

        assertEquals("client_id", imported.options().customerId());
        assertEquals("total", imported.options().amount());
        assertArrayEquals(new int[] {day(2024, 1, 5), day(2024, 1, 6)}, imported.transactions().orderDays());
    }

    @Test
    void givenDayFirstFileWithBadRows_whenImported_thenBadRowsSkippedAndCounted() throws ImportException {
        ImportedFile imported = importGuessed("import/day-first.csv");

        assertEquals(6, imported.summary().rowsRead());
        assertEquals(3, imported.summary().rowsSkipped());
        assertEquals(2, imported.summary().customers());
        assertArrayEquals(new int[] {day(2024, 2, 5), day(2024, 2, 13), day(2024, 3, 1)}, imported.transactions().orderDays());
    }

    @Test
    void givenMonthNameDates_whenImported_thenTwoDigitYearsPivot() throws ImportException {
        ImportedFile imported = importGuessed("import/dd-mmm-yy.csv");

        assertArrayEquals(new int[] {day(2013, 2, 11), day(2013, 3, 1), day(1999, 12, 31)}, imported.transactions().orderDays());
    }

    @Test
    void givenXlsxWorkbook_whenImported_thenFirstSheetIsoDatesCachedFormulasAndIntegerIds() throws ImportException {
        Path file = Fixtures.file("import/orders.xlsx");
        TablePreview preview = TableReaders.preview(file, 10);
        ImportedFile imported = importGuessed("import/orders.xlsx");

        assertEquals("Excel, sheet Orders", preview.format());
        assertEquals(List.of("12345", "2024-03-01", "2", "4.5", "9"), preview.rows().get(0));
        assertWorkbookOrders(imported);
    }

    @Test
    void givenXlsWorkbook_whenImported_thenSameAsXlsx() throws ImportException {
        TablePreview preview = TableReaders.preview(Fixtures.file("import/orders.xls"), 10);
        ImportedFile imported = importGuessed("import/orders.xls");

        assertEquals("Excel 97-2003, sheet Orders", preview.format());
        assertWorkbookOrders(imported);
    }

    @Test
    void givenWorkbook_whenRead_thenLineIsTheSheetRow() throws ImportException {
        try (TableReader reader = TableReaders.open(Fixtures.file("import/orders.xlsx"))) {
            reader.next();
            assertEquals(3, reader.line());
        }
    }

    @Test
    void givenCancelledProgress_whenImported_thenCancelledException() {
        CancellableProgress progress = new CancellableProgress();
        progress.cancel();

        org.junit.jupiter.api.Assertions.assertThrows(io.personae.analytics.progress.CancelledException.class,
                () -> Importer.read(Fixtures.file("import/quoted.csv"),
                        new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "order_date", "amount", List.of()), progress));
    }

    private static void assertWorkbookOrders(ImportedFile imported) {
        assertEquals(new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", null, null, null, "Order Date", "Total", List.of()), imported.options());
        assertEquals(4, imported.summary().rowsRead());
        assertEquals(1, imported.summary().rowsSkipped());
        Transactions orders = imported.transactions();
        assertArrayEquals(new String[] {"12345", "12345", "777"}, orders.customerIds());
        assertArrayEquals(new int[] {day(2024, 3, 1), day(2024, 3, 15), day(2024, 4, 2)}, orders.orderDays());
        assertArrayEquals(new double[] {9, 10, 3.75}, orders.amounts());
    }
}
