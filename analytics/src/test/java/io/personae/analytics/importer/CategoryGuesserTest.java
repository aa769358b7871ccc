package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryGuesserTest {

    private static final List<String> HEADERS = List.of("Order ID", "Paid", "Country", "Score", "Sex", "City", "Constant");

    /// Twelve rows: order ids repeat in threes, Paid is yes/no, Country takes three values with
    /// one missing marker, Score is a number with six values, Sex is coded 1/2, every City differs.
    private static ColumnProfile profile(String header) {
        List<List<String>> rows = new ArrayList<>();
        String[] countries = {"DE", "FR", "IT"};
        for (int i = 0; i < 12; i++) {
            rows.add(List.of("O" + i / 3, i % 2 == 0 ? "yes" : "no", i == 5 ? "N/A" : countries[i % 3], Integer.toString(i % 6),
                    Integer.toString(1 + i % 2), "City " + i, "same"));
        }
        TablePreview preview = new TablePreview(Path.of("hand-made.csv"), HEADERS, rows, "CSV, comma-separated, UTF-8");
        return ColumnProfile.of(preview, HEADERS.indexOf(header));
    }

    @Test
    void givenRepeatedTextAndFlags_whenProfiled_thenCategories() {
        assertTrue(CategoryGuesser.isCategory(profile("Paid")));
        assertTrue(CategoryGuesser.isCategory(profile("Country")));
        assertTrue(CategoryGuesser.isCategory(profile("Sex")));
    }

    @Test
    void givenKeysQuantitiesUniqueAndConstantColumns_whenProfiled_thenNotCategories() {
        assertFalse(CategoryGuesser.isCategory(profile("Order ID")));
        assertFalse(CategoryGuesser.isCategory(profile("Score")));
        assertFalse(CategoryGuesser.isCategory(profile("City")));
        assertFalse(CategoryGuesser.isCategory(profile("Constant")));
    }

    @Test
    void givenHeaders_whenLastWordTaken_thenSplitAtSeparatorsAndCaseChanges() {
        assertEquals("id", CategoryGuesser.lastWord("CustomerID"));
        assertEquals("no", CategoryGuesser.lastWord("InvoiceNo"));
        assertEquals("id", CategoryGuesser.lastWord("order_id "));
        assertEquals("paid", CategoryGuesser.lastWord("Paid"));
        assertEquals("platinum", CategoryGuesser.lastWord("Platinum"));
    }
}
