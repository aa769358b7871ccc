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

    @Test
    void givenManyValuesAsSeparateButEqualStrings_whenBuilt_thenCountedAsOneValueEach() {
        // 200 customers with 150 city names between them (more than the first code table holds),
        // each name made anew per order so that only equal text, not the same object, joins them
        int customers = 200;
        String[] ids = new String[customers * 3];
        String[] cities = new String[customers * 3];
        for (int c = 0; c < customers; c++) {
            for (int k = 0; k < 3; k++) {
                int r = c * 3 + k;
                ids[r] = String.format("%03d", c);
                // two orders from the customer's own city, one from the next city along
                cities[r] = new String("City " + ((c + (k == 1 ? 1 : 0)) % 150));
            }
        }
        Map<String, String[]> categories = new LinkedHashMap<>();
        categories.put("City", cities);
        Transactions orders = new Transactions(ids, new int[ids.length], new double[ids.length], Map.of(), categories);

        String[] modes = TransactionFeatures.build(orders).categories().get(0).values();

        for (int c = 0; c < customers; c++) {
            assertEquals("City " + (c % 150), modes[c], "customer " + c);
        }
    }
}
