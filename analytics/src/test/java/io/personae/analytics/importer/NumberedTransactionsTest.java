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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Transactions made from the numbers the importer gives (customers, contacts, category codes)
/// and from keys and text, each worked out from the other.
class NumberedTransactionsTest {

    private static Map<String, CodedCategory> channel(int... codes) {
        Map<String, CodedCategory> categories = new LinkedHashMap<>();
        categories.put("Channel", new CodedCategory(new String[] {"shop", "web", "phone"}, codes));
        return categories;
    }

    @Test
    void givenNumbersOnly_whenMade_thenKeysAndTextAreWorkedOutFromThem() {
        Transactions orders = new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, new Contact[] {null, ANNA, CARL}, channel(1, 0, CodedCategory.MISSING, 1));

        assertEquals(Map.of("a", ANNA, "c", CARL), orders.contacts());
        assertEquals(List.of("Channel"), List.copyOf(orders.categories().keySet()));
        assertArrayEquals(new String[] {"web", "shop", null, "web"}, orders.categories().get("Channel"));
        assertEquals(3, orders.customerCount());
    }

    @Test
    void givenKeysAndTextOnly_whenMade_thenNumbersAreWorkedOutFromThem() {
        Map<String, String[]> categories = new LinkedHashMap<>();
        categories.put("Channel", new String[] {"web", "shop", null, "web"});

        Transactions orders = new Transactions(IDS, DAYS, AMOUNTS, Map.of("c", CARL, "a", ANNA), categories);

        assertArrayEquals(new Contact[] {null, ANNA, CARL}, orders.customerContacts());
        assertArrayEquals(new String[] {"web", "shop"}, orders.categoryCodes().get("Channel").values());
        assertArrayEquals(new int[] {0, 1, CodedCategory.MISSING, 0}, orders.categoryCodes().get("Channel").codes());
    }

    @Test
    void givenEveryPartOfAnother_whenMadeAgain_thenAccepted() {
        Transactions orders = new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, new Contact[] {null, ANNA, CARL}, channel(1, 0, 2, 1));

        Transactions again = new Transactions(orders.customerIds(), orders.orderDays(), orders.amounts(), orders.contacts(),
                orders.categories(), orders.customerIndex(), orders.categoryCodes(), orders.customerContacts());

        assertArrayEquals(new String[] {"web", "shop", "phone", "web"}, again.categories().get("Channel"));
        assertEquals(ANNA, again.contacts().get("a"));
    }

    @Test
    void givenTextAndNumbersThatDisagree_whenMade_thenRefused() {
        Map<String, String[]> text = new LinkedHashMap<>();
        text.put("Channel", new String[] {"web", "shop", "phone", "shop"});

        assertThrows(IllegalArgumentException.class, () -> new Transactions(IDS, DAYS, AMOUNTS, Map.of(), text, NUMBERS,
                channel(1, 0, 2, 1), null));
    }

    @Test
    void givenContactsByKeyAndByNumberThatDisagree_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Transactions(IDS, DAYS, AMOUNTS, Map.of("a", ANNA), Map.of(),
                NUMBERS, null, new Contact[] {null, CARL, null}));
    }

    @Test
    void givenContactsForTooFewCustomers_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, new Contact[] {null, ANNA}, Map.of()));
    }

    @Test
    void givenCodesForTooFewOrders_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, new Contact[3], channel(1, 0, 2)));
    }

    @Test
    void givenNeitherContactsNorCategories_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Transactions(IDS, DAYS, AMOUNTS, NUMBERS, null, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Transactions(IDS, DAYS, AMOUNTS, Map.of(), null, NUMBERS, null, null));
    }

    @Test
    void givenACustomerWithoutContacts_whenMadeFromKeys_thenItsNumberHasNone() {
        Transactions orders = new Transactions(IDS, DAYS, AMOUNTS, Map.of("a", ANNA));

        assertNull(orders.customerContacts()[0]);
        assertEquals(ANNA, orders.customerContacts()[1]);
    }
}
