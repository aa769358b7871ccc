package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Each file a user could pick by mistake gets a message naming the file, the line where it
/// applies, and what to do.
class BadInputTest {

    private static final ImportOptions ORDERS =
            new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "order_date", "amount", List.of());

    private static ImportException importFails(Path file, ImportOptions options) {
        return assertThrows(ImportException.class, () -> Importer.read(file, options, ProgressMonitor.NONE));
    }

    private static void assertMessage(ImportException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void givenMissingFile_whenPreviewed_thenSaysItDoesNotExist() {
        Path missing = Path.of("no-such-folder", "orders.csv");

        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(missing, 10));

        assertMessage(e, "orders.csv: ", "does not exist");
        assertEquals(0, e.line());
    }

    @Test
    void givenEmptyFile_whenImported_thenSaysEmpty() {
        ImportException e = importFails(Fixtures.file("bad/empty.csv"), ORDERS);

        assertMessage(e, "empty.csv: ", "The file is empty");
    }

    @Test
    void givenHeaderOnly_whenPreviewed_thenSaysNoDataRows() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/header-only.csv"), 10));

        assertMessage(e, "header-only.csv: ", "no data rows", "customer_id, order_date, amount");
    }

    @Test
    void givenBinaryFileNamedCsv_whenPreviewed_thenSaysNotText() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/binary.csv"), 10));

        assertMessage(e, "binary.csv: ", "not a text file");
    }

    @Test
    void givenUnclosedQuote_whenImported_thenNamesTheLineWhereTheQuoteStarted() {
        ImportException e = importFails(Fixtures.file("bad/unclosed-quote.csv"), ORDERS);

        assertEquals(3, e.line());
        assertMessage(e, "unclosed-quote.csv, line 3: ", "closing quote is missing");
    }

    @Test
    void givenMappedColumnNotInHeader_whenImported_thenListsTheHeaderAndTheRole() {
        ImportOptions wrong = new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "order_date", "Total", List.of());

        ImportException e = importFails(Fixtures.file("import/utf8-bom.csv"), wrong);

        assertMessage(e, "Column 'Total' is not in the file's header (found: customer_id, email, first_name, last_name, order_date, amount)",
                "Choose the column that holds the order amount");
    }

    @Test
    void givenTruncatedWorkbook_whenPreviewed_thenSaysDamaged() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/truncated.xlsx"), 10));

        assertMessage(e, "truncated.xlsx: ", "damaged");
    }

    @Test
    void givenTextFileNamedXlsx_whenPreviewed_thenSaysNotAnExcelFile() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/not-a-workbook.xlsx"), 10));

        assertMessage(e, "not-a-workbook.xlsx: ", "not an Excel file");
    }

    @Test
    void givenPasswordProtectedWorkbook_whenPreviewed_thenSaysRemoveThePassword() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/password.xlsx"), 10));

        assertMessage(e, "password.xlsx: ", "protected with a password");
    }

    @Test
    void givenUnsupportedExtension_whenPreviewed_thenListsSupportedTypes() {
        ImportException e = assertThrows(ImportException.class, () -> TableReaders.preview(Fixtures.file("bad/orders.pdf"), 10));

        assertMessage(e, "orders.pdf: ", "cannot be imported", ".csv", ".xlsx");
    }

    @Test
    void givenDuplicateCustomerIdsAndRefuse_whenImportedAsCustomers_thenNamesTheLineAndSuggestsTransactions() {
        ImportOptions customers = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend", "visits"))
                .withCleaning(Cleaning.DEFAULTS.withDuplicateIds(Cleaning.DuplicateIds.REFUSE));

        ImportException e = importFails(Fixtures.file("bad/duplicate-customers.csv"), customers);

        assertEquals(4, e.line());
        assertMessage(e, "duplicate-customers.csv, line 4: ", "'A' appears again (first on line 2)", "import it as transactions");
    }

    @Test
    void givenTextColumnAsFeature_whenImported_thenSaysItHoldsNoNumbers() {
        ImportOptions customers = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("gender", "spend"));

        ImportException e = importFails(Fixtures.file("bad/text-feature.csv"), customers);

        assertMessage(e, "Column 'gender' holds no numbers (for example 'female' on line 2)");
    }

    @Test
    void givenNoReadableRow_whenImported_thenNamesTheFirstProblem() {
        ImportOptions swapped = new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "amount", "order_date", List.of());

        ImportException e = importFails(Fixtures.file("import/utf8-bom.csv"), swapped);

        assertMessage(e, "None of the 2 data rows", "line 2: '2024-05-01' is not an amount");
    }
}
