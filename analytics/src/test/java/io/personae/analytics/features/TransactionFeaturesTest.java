package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.Transactions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionFeaturesTest {

    private static final double EXACT = 1e-12;

    /// Customer "10": days 100 (20.00) and 110 (40.00); "9": day 120 (15.00), the latest order,
    /// so the reference day is 121; "100": days 90, 100, 105 (5, 5, 20).
    private static Transactions threeCustomers() {
        return new Transactions(
                new String[] {"10", "9", "100", "10", "100", "100"},
                new int[] {100, 120, 90, 110, 100, 105},
                new double[] {20, 15, 5, 40, 5, 20},
                Map.of("9", new Contact("nine@example.com", "Nina", "Nieves")));
    }

    @Test
    void givenThreeCustomers_whenBuilt_thenOneRowEachInNumericIdOrder() {
        CustomerTable table = TransactionFeatures.build(threeCustomers());

        assertArrayEquals(new String[] {"9", "10", "100"}, table.ids());
        assertEquals(TransactionFeatures.FEATURES, table.features());
    }

    @Test
    void givenThreeCustomers_whenBuilt_thenRfmValuesMatchHandComputedOnes() {
        CustomerTable table = TransactionFeatures.build(threeCustomers());

        // columns: recency, frequency, monetary, average order value, tenure; rows: 9, 10, 100
        assertArrayEquals(new double[] {1, 11, 16}, table.column(0), EXACT);
        assertArrayEquals(new double[] {1, 2, 3}, table.column(1), EXACT);
        assertArrayEquals(new double[] {15, 60, 30}, table.column(2), EXACT);
        assertArrayEquals(new double[] {15, 30, 10}, table.column(3), EXACT);
        assertArrayEquals(new double[] {1, 21, 31}, table.column(4), EXACT);
    }

    @Test
    void givenThreeCustomers_whenBuilt_thenMonetaryIsTheRevenueFeature() {
        CustomerTable table = TransactionFeatures.build(threeCustomers());

        assertEquals(2, table.revenueFeature().orElseThrow());
    }

    @Test
    void givenContactsForOneCustomer_whenBuilt_thenTheyLandOnItsRowAndOthersStayEmpty() {
        CustomerTable table = TransactionFeatures.build(threeCustomers());

        assertEquals("nine@example.com", table.emails()[0]);
        assertEquals("Nina", table.firstNames()[0]);
        assertEquals("Nieves", table.lastNames()[0]);
        assertNull(table.emails()[1]);
    }

    @Test
    void givenTextIds_whenBuilt_thenRowsAreInLexicographicOrder() {
        Transactions tx = new Transactions(new String[] {"b", "10", "a", "9"}, new int[] {1, 2, 3, 4},
                new double[] {1, 1, 1, 1}, Map.of());

        CustomerTable table = TransactionFeatures.build(tx);

        assertArrayEquals(new String[] {"10", "9", "a", "b"}, table.ids());
    }

    @Test
    void givenAnOrderWithoutAmount_whenBuilt_thenItCountsAsAnOrderButAddsNoSpend() {
        Transactions tx = new Transactions(new String[] {"1", "1"}, new int[] {10, 12},
                new double[] {30, Double.NaN}, Map.of());

        CustomerTable table = TransactionFeatures.build(tx);

        assertEquals(2, table.column(1)[0], EXACT);
        assertEquals(30, table.column(2)[0], EXACT);
        assertEquals(15, table.column(3)[0], EXACT);
    }
}
