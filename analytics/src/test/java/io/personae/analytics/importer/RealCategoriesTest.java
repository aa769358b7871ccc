package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// Category columns guessed and read from the public data sets and the sample orders.
class RealCategoriesTest {

    private static final int PREVIEW_ROWS = 1000;

    private static Path file(String property, String relative) {
        Path file = Path.of(System.getProperty(property, "")).resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), "file not present: " + file);
        return file;
    }

    private static ImportOptions guess(Path file) throws ImportException {
        return RoleGuesser.guess(TableReaders.preview(file, PREVIEW_ROWS)).orElseThrow();
    }

    private static CategoryColumn category(CustomerTable table, String name) {
        return table.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Long> counts(CategoryColumn column) {
        return Arrays.stream(column.values()).collect(Collectors.groupingBy(v -> String.valueOf(v), TreeMap::new, Collectors.counting()));
    }

    @Test
    void givenMallCustomers_whenGuessedAndRead_thenGenderIsTheOnlyCategory() throws ImportException {
        Path file = file("personae.datasets", "mall/Mall_Customers.csv");

        ImportOptions options = guess(file);
        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertEquals(List.of("Gender"), options.categoryColumns());
        // this copy of the data set codes gender as 1 and 2 (the original says Male and Female);
        // counted with `cut -d, -f2 | sort | uniq -c`
        assertEquals(Map.of("1", 112L, "2", 88L), counts(category(table, "Gender")));
    }

    @Test
    void givenTelcoCustomers_whenGuessedAndRead_thenYesNoColumnsAreCategories() throws ImportException {
        Path file = file("personae.datasets", "telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");

        ImportOptions options = guess(file);
        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertTrue(options.categoryColumns().containsAll(List.of("gender", "SeniorCitizen", "Partner", "PhoneService", "Contract",
                "PaymentMethod", "Churn")), options.categoryColumns().toString());
        assertTrue(options.categoryColumns().stream().noneMatch(Set.of("customerID", "tenure", "MonthlyCharges", "TotalCharges")::contains),
                options.categoryColumns().toString());
        assertEquals(Set.of("Yes", "No"), counts(category(table, "Partner")).keySet());
        assertEquals(Set.of("Month-to-month", "One year", "Two year"), counts(category(table, "Contract")).keySet());
        assertEquals(7043, category(table, "Churn").values().length);
    }

    @Test
    void givenMarketingCampaign_whenGuessedAndRead_thenEducationAndMaritalStatusAreCategories() throws ImportException {
        Path file = file("personae.datasets", "marketing_campaign/marketing_campaign.csv");

        ImportOptions options = guess(file);
        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertTrue(options.categoryColumns().containsAll(List.of("Education", "Marital_Status")), options.categoryColumns().toString());
        assertTrue(options.categoryColumns().stream().noneMatch(Set.of("ID", "Dt_Customer", "Income", "Z_CostContact")::contains),
                options.categoryColumns().toString());
        assertTrue(counts(category(table, "Marital_Status")).containsKey("YOLO"));
        assertEquals(Set.of("2n Cycle", "Basic", "Graduation", "Master", "PhD"), counts(category(table, "Education")).keySet());
    }

    @Test
    void givenOnlineRetailWorkbook_whenGuessed_thenCountryIsACategoryButInvoiceAndProductAreNot() throws ImportException {
        Path file = file("personae.datasets", "online_retail_ii_sample/online_retail_II.xlsx");

        ImportOptions options = guess(file);
        CustomerTable table = TransactionFeatures.build(Importer.read(file, options, ProgressMonitor.NONE).transactions());

        assertEquals(List.of("Country"), options.categoryColumns());
        // 29 customers have rows; 4 only cancellations, netted away (see DatasetFiguresTest)
        assertEquals(25, category(table, "Country").values().length);
        assertTrue(Arrays.stream(category(table, "Country").values()).allMatch(v -> v != null && !v.isBlank()));
    }

    @Test
    void givenSampleOrders_whenGuessedAndBuilt_thenEachCustomerHasTheCountryOfTheirOrders() throws ImportException, IOException {
        Path file = file("personae.samples", "online-shop-orders.csv");

        ImportOptions options = guess(file);
        CustomerTable table = TransactionFeatures.build(Importer.read(file, options, ProgressMonitor.NONE).transactions());

        assertEquals(List.of("Country"), options.categoryColumns());
        // the sample has one country per customer: read it straight from the file to compare
        Map<String, String> expected = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            expected.put(cells[2], cells[6]);
        }
        String[] countries = category(table, "Country").values();
        Map<String, String> actual = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            actual.put(table.ids()[i], countries[i]);
        }
        assertEquals(expected, actual);
        assertEquals(5000, table.size());
    }
}
