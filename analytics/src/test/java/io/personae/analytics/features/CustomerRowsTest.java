package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.personae.analytics.importer.Transactions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerRowsTest {

    @Test
    void givenOrdersListedByCustomer_whenGrouped_thenTheColumnsAreUsedAsTheyAre() {
        Transactions orders = new Transactions(new String[] {"b", "b", "a", "c", "c"}, new int[] {3, 1, 7, 2, 2},
                new double[] {1, 2, 3, 4, 5}, Map.of());

        CustomerRows rows = CustomerRows.of(orders);

        assertArrayEquals(new String[] {"b", "a", "c"}, rows.ids());
        assertEquals(0, rows.start(0));
        assertEquals(2, rows.start(1));
        assertEquals(3, rows.start(2));
        assertEquals(5, rows.start(3));
        assertSame(orders.orderDays(), rows.days());
        assertSame(orders.amounts(), rows.amounts());
        assertEquals(7, rows.latestDay());
    }

    @Test
    void givenOrdersOfCustomersMixed_whenGrouped_thenEachCustomersOrdersSideBySideInFileOrder() {
        Transactions orders = new Transactions(new String[] {"b", "a", "b", "c", "a", "b"}, new int[] {1, 2, 3, 4, 5, 6},
                new double[] {10, 20, 30, 40, 50, 60}, Map.of());

        CustomerRows rows = CustomerRows.of(orders);

        assertArrayEquals(new String[] {"b", "a", "c"}, rows.ids());
        // b: rows 0, 2, 5; a: rows 1, 4; c: row 3
        assertArrayEquals(new int[] {1, 3, 6, 2, 5, 4}, rows.days());
        assertArrayEquals(new double[] {10, 30, 60, 20, 50, 40}, rows.amounts());
        assertArrayEquals(new int[] {100, 102, 105, 101, 104, 103}, rows.byPosition(new int[] {100, 101, 102, 103, 104, 105}));
        assertEquals(3, rows.start(1));
        assertEquals(5, rows.start(2));
        assertEquals(6, rows.latestDay());
    }
}
