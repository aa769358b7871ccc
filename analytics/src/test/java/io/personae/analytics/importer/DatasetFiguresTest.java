package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// The figures of each public data set in `shared/datasets`, imported with the guessed mapping
/// and no manual fix. Expected counts were computed with one-off awk and python scripts over
/// the files (see each assertion).
class DatasetFiguresTest {

    private static final int PREVIEW_ROWS = 1000;

    private static Path dataset(String relative) {
        Path file = Path.of(System.getProperty("personae.datasets", "../../shared/datasets")).resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), "data set not present: " + file);
        return file;
    }

    private static ImportOptions guess(Path file, FileFormat format) throws ImportException {
        return RoleGuesser.guess(TableReaders.preview(file, PREVIEW_ROWS, format)).orElseThrow().withFormat(format);
    }

    private static ColumnQuality column(QualityReport report, String name) {
        return report.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void givenCdnowWithoutHeader_whenGuessedAndRead_thenSpacePaddedColumnsAndAllCustomers() throws ImportException {
        Path file = dataset("cdnow/CDNOW_master.txt");

        TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS);
        ImportOptions options = guess(file, FileFormat.AUTO);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals("CSV, columns separated by spaces, UTF-8", preview.format());
        assertEquals(java.util.List.of("Column 1", "Column 2", "Column 3", "Column 4"), preview.headers());
        assertEquals(DataKind.TRANSACTIONS, options.kind());
        assertEquals("Column 1", options.customerId());
        assertEquals("Column 2", options.orderDate());
        assertEquals("Column 4", options.amount());
        // wc -l: 69,659 lines, no header; awk '{print $1}' | sort -u | wc -l: 23,544 customers
        assertEquals(69_659, imported.summary().rowsRead());
        assertEquals(0, imported.summary().rowsSkipped());
        assertEquals(23_544, imported.summary().customers());
        Transactions orders = imported.transactions();
        assertEquals("00001", orders.customerIds()[0]);
        assertEquals(LocalDate.of(2021, 1, 1).toEpochDay(), orders.orderDays()[0]);
        assertEquals(11.77, orders.amounts()[0]);
        // awk '{s+=$4} END {print s}': 2,500,315.63
        assertEquals(2_500_315.63, Arrays.stream(orders.amounts()).sum(), 0.01);
        ColumnQuality date = column(imported.quality(), "Column 2");
        assertEquals("date", date.type());
        assertEquals("2021-01-01", date.min());
        assertEquals("2022-06-30", date.max());
    }

    @Test
    void givenTelco_whenGuessedAndRead_thenBlankTotalChargesAreMissingAndTheColumnNumeric() throws ImportException {
        Path file = dataset("telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");

        ImportOptions options = guess(file, FileFormat.AUTO);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertEquals(DataKind.CUSTOMERS, options.kind());
        assertEquals("customerID", options.customerId());
        assertTrue(options.featureColumns().contains("TotalCharges"), options.featureColumns().toString());
        assertEquals(7_043, imported.customers().size());
        double[] total = imported.customers().column(options.featureColumns().indexOf("TotalCharges"));
        // python: 11 cells blank or a single space; the largest is 8684.8
        assertEquals(11, Arrays.stream(total).filter(Double::isNaN).count());
        assertEquals(8684.8, Arrays.stream(total).filter(v -> !Double.isNaN(v)).max().orElseThrow());
        ColumnQuality quality = column(imported.quality(), "TotalCharges");
        assertEquals("number", quality.type());
        assertEquals(11 / 7043.0, quality.missingShare(), 1e-12);
        assertEquals("8684.8", quality.max());
    }

    @Test
    void givenMarketingCampaign_whenRead_thenDayFirstCustomerDatesAndMissingIncome() throws ImportException {
        Path file = dataset("marketing_campaign/marketing_campaign.csv");

        TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS);
        ImportedFile imported = Importer.read(file, guess(file, FileFormat.AUTO), ProgressMonitor.NONE);

        assertEquals("CSV, comma-separated, UTF-8", preview.format());
        ColumnQuality joined = column(imported.quality(), "Dt_Customer");
        // python, strptime %d-%m-%Y: 2012-07-30 .. 2014-06-29
        assertEquals("date", joined.type());
        assertEquals("2012-07-30", joined.min());
        assertEquals("2014-06-29", joined.max());
        assertTrue(imported.summary().notes().stream().anyMatch(n -> n.startsWith("Dates in 'Dt_Customer' read day-first: a value")
                && n.contains("has a day over 12")), imported.summary().notes().toString());
        ColumnQuality income = column(imported.quality(), "Income");
        assertEquals(24 / 2240.0, income.missingShare(), 1e-12);
        assertEquals("666666", income.max());
        assertTrue(income.outliers() > 0);
    }

    @Test
    void givenRetailTransactions_whenRead_thenMonthFirstExplainedAndDuplicateRowsCounted() throws ImportException {
        Path file = dataset("retail_transactions/Retail_Data_Transactions.csv");

        ImportOptions options = guess(file, FileFormat.AUTO);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);
        ImportedFile deduplicated = Importer.read(file, options.withCleaning(Cleaning.DEFAULTS.withDeduplicateRows(true)),
                ProgressMonitor.NONE);

        assertTrue(imported.summary().notes().get(0).startsWith("Dates in 'trans_date' read month-first: a value"),
                imported.summary().notes().toString());
        // python: len(rows) - len(set(rows)) = 6
        assertEquals(6, imported.quality().duplicateRows());
        assertEquals(125_000 - 6, deduplicated.transactions().size());
        assertEquals(6, deduplicated.quality().rejectionReasons().get("it repeats an earlier row exactly"));
        assertEquals("2011-05-16", column(imported.quality(), "trans_date").min());
    }

    @Test
    void givenOnlineRetailBothSheets_whenNetted_thenCancellationsFoldedIntoOrders() throws ImportException {
        Path file = dataset("online_retail_ii_sample/online_retail_II.xlsx");
        FileFormat both = FileFormat.AUTO.withSheet(null, true);

        ImportOptions options = guess(file, both);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        assertNull(options.amount());
        assertEquals(Cancellations.NET, options.cancellations());
        assertEquals(998, imported.summary().rowsRead());
        assertEquals(4, imported.summary().rowsSkipped());
        // python over the sheets' XML: 58 customers with rows, 52 with an order that is not a
        // cancellation; 38 cancellations, 23 netted, 15 without an order of their customer
        assertEquals(52, imported.summary().customers());
        assertEquals(956, imported.transactions().size());
        assertEquals(29_885.38, Arrays.stream(imported.transactions().amounts()).sum(), 0.005);
        assertEquals(java.util.List.of("Netted 23 cancellations and returns against their customers' orders;"
                + " dropped 15 whose customer has no order in this file"), imported.quality().steps());
        // Customer ID 17850 is an integer cell in the second sheet, 13085 in the first
        assertTrue(Arrays.asList(imported.transactions().customerIds()).contains("17850"));
    }

    @Test
    void givenOnlineRetailBothSheets_whenExcluded_thenCancellationsLeftOut() throws ImportException {
        Path file = dataset("online_retail_ii_sample/online_retail_II.xlsx");
        FileFormat both = FileFormat.AUTO.withSheet(null, true);

        ImportOptions options = guess(file, both).withCancellations(Cancellations.EXCLUDE);
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);

        // python: 998 rows - 4 without id - 38 cancellations; total 30,234.43
        assertEquals(956, imported.transactions().size());
        assertEquals(52, imported.summary().customers());
        assertEquals(30_234.43, Arrays.stream(imported.transactions().amounts()).sum(), 0.005);
        assertEquals(4 + 38, imported.summary().rowsSkipped());
        assertEquals(38, imported.quality().rejectionReasons().get("it is a cancellation or return (excluded)"));
    }

    @Test
    void givenOnlineRetailSecondSheetByName_whenRead_thenOnlyThatSheet() throws ImportException {
        Path file = dataset("online_retail_ii_sample/online_retail_II.xlsx");
        FileFormat second = FileFormat.AUTO.withSheet("Year 2010-2011", false);

        TablePreview preview = TableReaders.preview(file, 5, second);
        ImportedFile imported = Importer.read(file, guess(file, second), ProgressMonitor.NONE);

        assertEquals("Excel, sheet Year 2010-2011", preview.format());
        assertEquals(499, imported.summary().rowsRead());
        // python: 31 customers with rows, 29 with a real order
        assertEquals(29, imported.summary().customers());
    }
}
