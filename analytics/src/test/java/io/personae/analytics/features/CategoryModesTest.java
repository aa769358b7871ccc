package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.importer.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryModesTest {

    /// Customer "10": three orders, two by email; "9": one order by phone, then one with no
    /// channel; "100": web on day 5, shop on day 3 (later in the file, earlier in time).
    private static Transactions orders() {
        Map<String, String[]> categories = new LinkedHashMap<>();
        categories.put("Channel", new String[] {"email", "phone", "web", "email", null, "web", "shop"});
        categories.put("Region", new String[] {null, null, null, null, null, null, null});
        return new Transactions(
                new String[] {"10", "9", "10", "10", "9", "100", "100"},
                new int[] {1, 2, 3, 4, 5, 5, 3},
                new double[] {1, 1, 1, 1, 1, 1, 1},
                Map.of(),
                categories);
    }

    @Test
    void givenOrderChannels_whenBuilt_thenMostFrequentPerCustomerInTableOrder() {
        CustomerTable table = TransactionFeatures.build(orders());

        assertArrayEquals(new String[] {"9", "10", "100"}, table.ids());
        assertEquals(List.of("Channel", "Region"), table.categories().stream().map(CategoryColumn::name).toList());
        // 9: phone (the missing one does not count); 10: email twice; 100: a tie, web is dated later
        assertArrayEquals(new String[] {"phone", "email", "web"}, table.categories().get(0).values());
    }

    @Test
    void givenOnlyMissingValues_whenBuilt_thenNullForEveryCustomer() {
        CustomerTable table = TransactionFeatures.build(orders());

        assertArrayEquals(new String[] {null, null, null}, table.categories().get(1).values());
    }

    @Test
    void givenOrdersWithoutCategories_whenBuilt_thenTableHasNone() {
        Transactions plain = new Transactions(new String[] {"a", "b"}, new int[] {1, 2}, new double[] {3, 4}, Map.of());

        assertEquals(List.of(), TransactionFeatures.build(plain).categories());
    }
}
