package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Category columns from hand-made files, from the guess to the customer table.
class CategoryColumnsTest {

    private static final ImportOptions ORDERS = new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null,
            "order_date", "amount", List.of(), List.of("country", "channel"));

    @Test
    void givenCustomerFileWithFlagsAndCities_whenGuessed_thenRepeatedTextColumnsAreCategories() throws ImportException {
        ImportOptions options = RoleGuesser.guess(TableReaders.preview(Fixtures.file("import/customers-with-categories.csv"), 100)).orElseThrow();

        assertEquals(List.of("spend", "visits"), options.featureColumns());
        // city has a different value on every row: not a category
        assertEquals(List.of("gender", "newsletter"), options.categoryColumns());
    }

    @Test
    void givenCustomerFileWithMissingMarkers_whenImported_thenCategoriesPerCustomerWithNulls() throws ImportException {
        Path file = Fixtures.file("import/customers-with-categories.csv");
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"),
                List.of("newsletter", "gender"));

        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertEquals(List.of("newsletter", "gender"), table.categories().stream().map(CategoryColumn::name).toList());
        assertArrayEquals(new String[] {"yes", "no", "no", "yes", "no", "yes", null, "yes", "no", null, "no", "yes"},
                table.categories().get(0).values());
        assertArrayEquals(new String[] {"F", "M", "F", null, "M", "F", "M", "F", "M", "F", "M", "F"}, table.categories().get(1).values());
    }

    @Test
    void givenOrdersWithCountry_whenImported_thenOneTrimmedValuePerOrderAndMissingAsNull() throws ImportException {
        Transactions orders = Importer.read(Fixtures.file("import/orders-with-country.csv"), ORDERS, ProgressMonitor.NONE).transactions();

        assertEquals(List.of("country", "channel"), List.copyOf(orders.categories().keySet()));
        assertArrayEquals(new String[] {"Germany", "France", null, "France", null, "Italy", "France", "Germany", "Spain", "Austria", "Belgium"},
                orders.categories().get("country"));
        assertArrayEquals(new String[] {"Web", "Shop", null, "Web", "Shop", "Web", "Shop", "Shop", "Shop", "Web", "Web"},
                orders.categories().get("channel"));
    }

    @Test
    void givenOrdersWithCountry_whenBuilt_thenEachCustomerGetsTheHandCountedMostFrequentValue() throws ImportException {
        Transactions orders = Importer.read(Fixtures.file("import/orders-with-country.csv"), ORDERS, ProgressMonitor.NONE).transactions();

        CustomerTable table = TransactionFeatures.build(orders);

        assertArrayEquals(new String[] {"A", "B", "C", "D", "E"}, table.ids());
        // A: France twice, Germany once. B: one each, Germany is the latest order (1 March).
        // C: only missing markers. D: Italy and Spain on the same day, Spain is the later row.
        // E: Austria (5 March) is dated after Belgium (1 March) though it comes first in the file.
        assertArrayEquals(new String[] {"France", "Germany", null, "Spain", "Austria"}, table.categories().get(0).values());
        assertEquals("country", table.categories().get(0).name());
        // A: Web twice. C: its one channel. D: Web and Shop on the same day, Shop is the later row.
        assertArrayEquals(new String[] {"Web", "Shop", "Shop", "Shop", "Web"}, table.categories().get(1).values());
    }

    @Test
    void givenCategoryNotInHeader_whenImported_thenMessageNamesTheColumnAndTheHeader() {
        ImportOptions wrong = ORDERS.withCategoryColumns(List.of("Region"));

        ImportException e = assertThrows(ImportException.class,
                () -> Importer.read(Fixtures.file("import/orders-with-country.csv"), wrong, ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("'Region'"), e.getMessage());
        assertTrue(e.getMessage().contains("country, channel"), e.getMessage());
    }

    @Test
    void givenEightArgumentOptions_whenBuilt_thenNoCategories() {
        ImportOptions options = new ImportOptions(DataKind.TRANSACTIONS, "id", null, null, null, "date", "amount", List.of());

        assertEquals(List.of(), options.categoryColumns());
        assertEquals(List.of("id", "date", "amount"), options.mappedColumns());
    }

    @Test
    void givenCategoryColumns_whenMappedColumnsListed_thenCategoriesComeLast() {
        assertEquals(List.of("customer_id", "order_date", "amount", "country", "channel"), ORDERS.mappedColumns());
    }

    @Test
    void givenSameCategoryTwice_whenOptionsBuilt_thenRejectedWithMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ORDERS.withCategoryColumns(List.of("Country", "country")));

        assertTrue(e.getMessage().contains("chosen twice"), e.getMessage());
    }
}
