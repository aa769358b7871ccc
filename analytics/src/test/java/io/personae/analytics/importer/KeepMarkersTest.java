package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `NA` kept as a real value where the user says so: North America in a region column, while
/// `NA` in an income column stays missing.
class KeepMarkersTest {

    /// Region `NA` is North America; customer 4's income is `NA` (unknown), customer 6's region a
    /// lone space and customer 7's blank.
    static final String CUSTOMERS = """
            id,Region,Income
            1,NA,52000
            2,Europe,61000
            3,NA,48000
            4,Asia,NA
            5,Europe,39000
            6, ,55000
            7,,47000
            8,na,50000
            """;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void writeFile() throws Exception {
        file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);
    }

    private static ImportOptions options() {
        return new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("Income"), List.of("Region"));
    }

    private ImportedFile read(ImportOptions options) throws ImportException {
        return Importer.read(file, options, ProgressMonitor.NONE);
    }

    private static ColumnQuality column(ImportedFile imported, String name) throws ImportException {
        return imported.quality().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void givenRegionKeepsNa_whenImported_thenNaIsARegionAndIncomeNaIsStillMissing() throws Exception {
        ImportedFile imported = read(options().withKeepMarkerColumns(List.of("Region")));

        CustomerTable table = imported.customers();
        assertArrayEquals(new String[] {"NA", "Europe", "NA", "Asia", "Europe", null, null, "na"},
                table.categories().get(0).values());
        assertTrue(Double.isNaN(table.column(0)[3]), "customer 4's income NA is missing");
        assertEquals(52000, table.column(0)[0]);
    }

    @Test
    void givenNoColumnKeepsNa_whenImported_thenBothNaAreMissing() throws Exception {
        ImportedFile imported = read(options());

        assertArrayEquals(new String[] {null, "Europe", null, "Asia", "Europe", null, null, null},
                imported.customers().categories().get(0).values());
        assertTrue(Double.isNaN(imported.customers().column(0)[3]));
        assertEquals(5 / 8.0, column(imported, "Region").missingShare(), 1e-9);
    }

    @Test
    void givenRegionKeepsNa_whenTheQualityIsReported_thenNaCountsAsAValueAndBlanksAsMissing() throws Exception {
        ImportedFile imported = read(options().withKeepMarkerColumns(List.of("region")));

        ColumnQuality region = column(imported, "Region");
        assertEquals(2 / 8.0, region.missingShare(), 1e-9);
        assertEquals(4, region.distinct(), "NA, Europe, Asia and na");
        assertEquals(1 / 8.0, column(imported, "Income").missingShare(), 1e-9);
        assertTrue(imported.quality().notes().contains("Column 'Region': 3 cells such as NA or N/A kept as values, as asked,"
                + " not as missing."), imported.quality().notes().toString());
    }

    @Test
    void givenOrdersWhoseChannelKeepsNa_whenAggregated_thenTheCustomersChannelIsNa() throws Exception {
        Path orders = folder.resolve("orders.csv");
        Files.writeString(orders, """
                customer,date,amount,channel
                A,2024-01-02,10,NA
                A,2024-01-05,12,NA
                A,2024-01-09,8,Web
                B,2024-01-03,20,NA
                B,2024-01-04,-,Shop
                """);
        ImportOptions options = new ImportOptions(DataKind.TRANSACTIONS, "customer", null, null, null, "date", "amount", List.of(),
                List.of("channel"));

        ImportedFile kept = Importer.read(orders, options.withKeepMarkerColumns(List.of("channel")), ProgressMonitor.NONE);
        ImportedFile dropped = Importer.read(orders, options, ProgressMonitor.NONE);

        assertArrayEquals(new String[] {"NA", "NA"}, TransactionFeatures.build(kept.transactions()).categories().get(0).values());
        assertArrayEquals(new String[] {"Web", null}, TransactionFeatures.build(dropped.transactions()).categories().get(0).values());
    }

    @Test
    void givenAKeptColumnNotInTheFile_whenImported_thenTheMessageNamesItAndTheColumnsThereAre() {
        ImportException e = assertThrows(ImportException.class, () -> read(options().withKeepMarkerColumns(List.of("Country"))));

        assertTrue(e.getMessage().contains("Column 'Country' is not in the file's header (found: id, Region, Income)"), e.getMessage());
        assertTrue(e.getMessage().contains("customers.csv"), e.getMessage());
    }

    @Test
    void givenANumberColumnKept_whenTheOptionsAreMade_thenTheyAreRefusedWithTheReason() {
        IllegalArgumentException feature = assertThrows(IllegalArgumentException.class,
                () -> options().withKeepMarkerColumns(List.of("Income")));
        IllegalArgumentException typed = assertThrows(IllegalArgumentException.class,
                () -> options().withColumnTypes(Map.of("Region", ColumnType.INTEGER)).withKeepMarkerColumns(List.of("Region")));

        assertTrue(feature.getMessage().contains("Column 'Income' is read as numbers or dates, where NA can only mean missing"),
                feature.getMessage());
        assertTrue(typed.getMessage().contains("Column 'Region' is read as"), typed.getMessage());
    }

    @Test
    void givenAColumnNamedTwice_whenKept_thenItIsKeptOnce() {
        ImportOptions options = options().withKeepMarkerColumns(List.of("Region", " region "));

        assertEquals(List.of("Region"), options.keepMarkerColumns());
        assertTrue(options.keepsMarkers("REGION"));
    }
}
