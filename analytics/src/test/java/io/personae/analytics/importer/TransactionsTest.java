package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private static final String[] IDS = {"b", "a", "b", "c"};
    private static final int[] DAYS = {1, 2, 3, 4};
    private static final double[] AMOUNTS = {1, 2, 3, 4};

    @Test
    void givenNoCustomerNumbers_whenMade_thenNumberedInOrderOfFirstAppearance() {
        Transactions orders = new Transactions(IDS, DAYS, AMOUNTS, Map.of());

        assertArrayEquals(new int[] {0, 1, 0, 2}, orders.customerIndex());
        assertEquals(3, orders.customerCount());
    }

    @Test
    void givenNumbersOutOfFirstAppearanceOrder_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(IDS, DAYS, AMOUNTS, Map.of(), Map.of(), new int[] {1, 0, 1, 2}));
    }

    @Test
    void givenNumbersThatMixUpCustomers_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(IDS, DAYS, AMOUNTS, Map.of(), Map.of(), new int[] {0, 1, 1, 2}));
    }

    @Test
    void givenAnOrderWithoutId_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(new String[] {"a", null}, new int[] {1, 2}, new double[] {1, 2}, Map.of()));
    }
}
