package io.personae.analytics.importer;

import static io.personae.analytics.importer.FourOrders.AMOUNTS;
import static io.personae.analytics.importer.FourOrders.ANNA;
import static io.personae.analytics.importer.FourOrders.CARL;
import static io.personae.analytics.importer.FourOrders.DAYS;
import static io.personae.analytics.importer.FourOrders.IDS;
import static io.personae.analytics.importer.FourOrders.NUMBERS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/// The views by key and by text of transactions made from numbers, which are worked out only when
/// asked for: they must say what the views worked out at once said.
class TransactionViewsTest {

    /// Three columns whose names are in no sorted order, so that a view that lost the order shows.
    private static Map<String, CodedCategory> threeColumns() {
        Map<String, CodedCategory> codes = new LinkedHashMap<>();
        codes.put("Zone", new CodedCategory(new String[] {"north", "south"}, new int[] {1, 0, 1, CodedCategory.MISSING}));
        codes.put("Channel", new CodedCategory(new String[] {"web", "shop"}, new int[] {0, 0, 1, 0}));
        codes.put("Area", new CodedCategory(new String[] {"east"}, new int[] {CodedCategory.MISSING, 0, 0, 0}));
        return codes;
    }

    private static Transactions fromNumbers() {
        return new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, new Contact[] {null, ANNA, CARL}, threeColumns());
    }

    private static Transactions fromText() {
        Map<String, String[]> text = new LinkedHashMap<>();
        text.put("Zone", new String[] {"south", "north", "south", null});
        text.put("Channel", new String[] {"web", "web", "shop", "web"});
        text.put("Area", new String[] {null, "east", "east", "east"});
        return new Transactions(IDS, DAYS, AMOUNTS, Map.of("a", ANNA, "c", CARL), text);
    }

    @Test
    void givenNumbers_whenTheTextIsAskedFor_thenItIsTheTextTheOrdersWereMadeFromInTheColumnsOrder() {
        Transactions eager = fromText();

        Transactions lazy = fromNumbers();

        assertEquals(List.of("Zone", "Channel", "Area"), List.copyOf(lazy.categories().keySet()));
        for (String column : eager.categories().keySet()) {
            assertArrayEquals(eager.categories().get(column), lazy.categories().get(column), column);
        }
        assertEquals(eager.contacts(), lazy.contacts());
        assertEquals(Map.of("a", ANNA, "c", CARL), lazy.contacts());
    }

    @Test
    void givenNumbers_whenAColumnIsAskedForTwice_thenTheSameArrayComesBack() {
        Transactions orders = fromNumbers();

        assertSame(orders.categories().get("Channel"), orders.categories().get("Channel"));
        assertSame(orders.categories(), orders.categories());
    }

    @Test
    void givenNumbers_whenTheViewsAreChanged_thenRefusedAsBefore() {
        Transactions orders = fromNumbers();

        assertThrows(UnsupportedOperationException.class, () -> orders.categories().put("Extra", new String[4]));
        assertThrows(UnsupportedOperationException.class, () -> orders.categories().remove("Nowhere"));
        assertThrows(UnsupportedOperationException.class, () -> orders.contacts().put("b", ANNA));
        assertThrows(UnsupportedOperationException.class, () -> orders.contacts().remove("a"));
        // as before: the text is an unmodifiable LinkedHashMap, the contacts a Map.ofEntries
        assertNull(orders.categories().get(null));
        assertThrows(NullPointerException.class, () -> orders.contacts().get(null));
    }

    @Test
    void givenNumbers_whenManyThreadsAskForTheViewsFirst_thenTheyAllGetTheSameOnes() throws Exception {
        Transactions orders = fromNumbers();
        CountDownLatch start = new CountDownLatch(1);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object[]>> answers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new Object[] {orders.categories().get("Zone"), orders.contacts().get("a")};
                }));
            }
            start.countDown();
            Object[] first = answers.getFirst().get();
            for (Future<Object[]> answer : answers) {
                assertSame(first[0], answer.get()[0]);
                assertSame(first[1], answer.get()[1]);
            }
            assertArrayEquals(new String[] {"south", "north", "south", null}, (String[]) first[0]);
            assertSame(ANNA, first[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenTwoNumbersWithContactsUnderOneKey_whenMade_thenRefusedAtOnce() {
        String[] ids = {"a", "a"};

        assertThrows(IllegalArgumentException.class, () -> new Transactions(ids, new int[2], new double[2], new int[] {0, 1},
                new Contact[] {ANNA, CARL}, Map.of()));
    }

    @Test
    void givenEqualIdsThatAreNotOneString_whenNumbered_thenAccepted() {
        String[] ids = {"b", "a", new String("b"), "c"};

        Transactions orders = new Transactions(ids, DAYS, AMOUNTS, NUMBERS, new Contact[3], Map.of());

        assertEquals(3, orders.customerCount());
    }
}
