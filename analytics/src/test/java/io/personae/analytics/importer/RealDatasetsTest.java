package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// The public data sets in `shared/datasets`, as a user would import them: guess the mapping
/// from a preview, then read the whole file with it.
class RealDatasetsTest {

    private static final int PREVIEW_ROWS = 1000;

    private static Path dataset(String relative) {
        Path file = Path.of(System.getProperty("personae.datasets", "../../shared/datasets")).resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), "data set not present: " + file);
        return file;
    }

    private static ImportOptions guess(Path file) throws ImportException {
        return RoleGuesser.guess(TableReaders.preview(file, PREVIEW_ROWS)).orElseThrow();
    }

    @Test
    void givenMallCustomers_whenGuessedAndRead_thenTwoHundredCustomersWithThreeFeatures() throws ImportException {
        Path file = dataset("mall/Mall_Customers.csv");

        ImportOptions options = guess(file);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals(DataKind.CUSTOMERS, options.kind());
        assertEquals("CustomerID", options.customerId());
        assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), options.featureColumns());
        CustomerTable table = imported.customers();
        assertEquals(200, table.size());
        assertEquals(200, imported.summary().customers());
        assertEquals(0, imported.summary().rowsSkipped());
        assertEquals(FeatureKind.MONEY, table.features().get(1).kind());
        assertEquals(FeatureKind.NUMBER, table.features().get(2).kind());
        assertEquals("1", table.ids()[0]);
        assertEquals(19.0, table.column(0)[0]);
        assertEquals(39.0, table.column(2)[0]);
    }

    @Test
    void givenRetailTransactions_whenGuessedAndRead_thenAllRowsAndKnownCustomerCount() throws ImportException {
        Path file = dataset("retail_transactions/Retail_Data_Transactions.csv");

        ImportOptions options = guess(file);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals(DataKind.TRANSACTIONS, options.kind());
        assertEquals("customer_id", options.customerId());
        assertEquals("trans_date", options.orderDate());
        assertEquals("tran_amount", options.amount());
        assertEquals(125_000, imported.summary().rowsRead());
        assertEquals(0, imported.summary().rowsSkipped());
        // counted with a one-off script over the file: distinct customer_id values
        assertEquals(6_889, imported.summary().customers());
        Transactions orders = imported.transactions();
        assertEquals("CS5295", orders.customerIds()[0]);
        // the file is month-first: its second row reads 3/15/2015
        assertEquals(LocalDate.of(2013, 2, 11).toEpochDay(), orders.orderDays()[0]);
        assertEquals(LocalDate.of(2015, 3, 15).toEpochDay(), orders.orderDays()[1]);
        assertEquals(35.0, orders.amounts()[0]);
    }

    @Test
    void givenOnlineRetailWorkbook_whenGuessedAndRead_thenFirstSheetWithMissingIdsSkipped() throws ImportException {
        Path file = dataset("online_retail_ii_sample/online_retail_II.xlsx");

        TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS);
        ImportOptions options = RoleGuesser.guess(preview).orElseThrow();
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals("Excel, sheet Year 2009-2010", preview.format());
        assertEquals(DataKind.TRANSACTIONS, options.kind());
        assertEquals("Customer ID", options.customerId());
        assertEquals("InvoiceDate", options.orderDate());
        assertEquals(null, options.amount());
        assertEquals("Quantity", options.quantity());
        assertEquals("Price", options.unitPrice());
        assertEquals("Invoice", options.invoice());
        assertEquals(499, imported.summary().rowsRead());
        assertEquals(4, imported.summary().rowsSkipped());
        // 29 customers have rows; 4 of them only cancellations, which have nothing to net against
        assertEquals(25, imported.summary().customers());
        Transactions orders = imported.transactions();
        assertEquals("13085", orders.customerIds()[0]);
        assertEquals(LocalDate.of(2009, 12, 1).toEpochDay(), orders.orderDays()[0]);
        assertEquals(12 * 6.95, orders.amounts()[0], 1e-9);
        assertEquals("2009-12-01 07:45:00", preview.rows().get(0).get(4));
    }

    @Test
    void givenMarketingCampaign_whenGuessedAndRead_thenMissingIncomeIsNaN() throws ImportException {
        Path file = dataset("marketing_campaign/marketing_campaign.csv");

        ImportOptions options = guess(file);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals(DataKind.CUSTOMERS, options.kind());
        assertEquals("ID", options.customerId());
        assertTrue(options.featureColumns().containsAll(List.of("Income", "Recency", "MntWines", "NumWebPurchases")));
        assertTrue(options.featureColumns().stream().noneMatch(Set.of("AcceptedCmp1", "Z_Revenue", "Response", "Complain")::contains),
                options.featureColumns().toString());
        CustomerTable table = imported.customers();
        assertEquals(2240, table.size());
        int income = options.featureColumns().indexOf("Income");
        long missing = Arrays.stream(table.column(income)).filter(Double::isNaN).count();
        assertEquals(24, missing);
        assertEquals(FeatureKind.MONEY, table.features().get(income).kind());
        assertEquals(FeatureKind.DAYS, table.features().get(options.featureColumns().indexOf("Recency")).kind());
        assertEquals(FeatureKind.COUNT, table.features().get(options.featureColumns().indexOf("NumWebPurchases")).kind());
    }
}
