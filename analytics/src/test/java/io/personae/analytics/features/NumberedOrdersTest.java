package io.personae.analytics.features;

import static io.personae.analytics.features.CustomerTables.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.importer.CodedCategory;
import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// The customer table from orders numbered as the importer numbers them (customer numbers,
/// contacts by number, category codes) is the table from their keys and text.
class NumberedOrdersTest {

    /// Rows not grouped by customer. "x": web twice, shop twice, the latest order (day 9) a shop
    /// one; "y": a tie on day 5 between phone (earlier row) and web (later row), one missing;
    /// "z": only missing channels; "w": one order.
    private static final String[] IDS = {"x", "y", "x", "z", "y", "x", "w", "x", "y", "z"};
    private static final int[] DAYS = {1, 5, 9, 2, 5, 3, 4, 7, 1, 3};
    private static final String[] CHANNEL = {"web", "phone", "shop", null, "web", "shop", "web", "web", null, null};
    private static final String[] REGION = {"N", "S", "N", "E", "S", "S", "N", "S", "S", "E"};

    private static Transactions fromText() {
        Map<String, String[]> categories = new LinkedHashMap<>();
        categories.put("Channel", CHANNEL);
        categories.put("Region", REGION);
        return new Transactions(IDS, DAYS, new double[IDS.length], Map.of("y", new Contact("y@example.com", "Y", null)), categories);
    }

    /// The same orders as the importer hands them over, each column numbered differently from
    /// first appearance and with a value no kept order has (the importer numbers dropped rows too).
    private static Transactions fromNumbers() {
        Map<String, CodedCategory> categories = new LinkedHashMap<>();
        categories.put("Channel", recoded(CHANNEL, new String[] {"fax", "shop", "phone", "web"}));
        categories.put("Region", recoded(REGION, new String[] {"S", "E", "N"}));
        Contact[] contacts = {null, new Contact("y@example.com", "Y", null), null, null};
        return new Transactions(IDS, DAYS, new double[IDS.length], new int[] {0, 1, 0, 2, 1, 0, 3, 0, 1, 2}, contacts, categories);
    }

    private static CodedCategory recoded(String[] orderValues, String[] values) {
        List<String> byCode = List.of(values);
        int[] codes = new int[orderValues.length];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = orderValues[r] == null ? CodedCategory.MISSING : byCode.indexOf(orderValues[r]);
        }
        return new CodedCategory(values, codes);
    }

    @Test
    void givenUngroupedOrdersWithTiesAndGaps_whenBuilt_thenHandCountedModes() {
        CustomerTable table = TransactionFeatures.build(fromNumbers());

        assertArrayEquals(new String[] {"w", "x", "y", "z"}, table.ids());
        // x: web 2, shop 2, the latest order is shop; y: phone and web on day 5, web on the later row
        assertArrayEquals(new String[] {"web", "shop", "web", null}, table.categories().get(0).values());
        // x: N, S, N, S (tie; day 9 is N); y: S three times; z: E twice
        assertArrayEquals(new String[] {"N", "N", "S", "E"}, table.categories().get(1).values());
    }

    @Test
    void givenTheSameOrdersByTextAndByNumber_whenBuilt_thenTheTablesAreEqual() {
        assertSameTable(TransactionFeatures.build(fromText()), TransactionFeatures.build(fromNumbers()));
    }

    @Test
    void givenRandomOrdersGroupedOrNot_whenBuilt_thenModesMatchAPlainCountAndTextMatchesNumbers() {
        Random random = new Random(20261126);
        for (int round = 0; round < 40; round++) {
            boolean grouped = round % 2 == 0;
            Transactions orders = randomOrders(random, 1 + random.nextInt(60), grouped);

            CustomerTable table = TransactionFeatures.build(orders);

            Transactions numbered = new Transactions(orders.customerIds(), orders.orderDays(), orders.amounts(),
                    orders.customerIndex(), orders.customerContacts(), orders.categoryCodes());
            assertSameTable(table, TransactionFeatures.build(numbered));
            String[] expected = plainModes(orders, table.ids());
            assertArrayEquals(expected, table.categories().get(0).values(), "round " + round);
        }
    }

    /// Orders of up to 30 customers with 0 to 6 orders each, days 0..9 so that ties are common,
    /// values from four with a gap now and then; listed customer by customer or shuffled.
    private static Transactions randomOrders(Random random, int customers, boolean grouped) {
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            int orders = 1 + random.nextInt(6);
            for (int k = 0; k < orders; k++) {
                owners.add(c);
            }
        }
        if (!grouped) {
            java.util.Collections.shuffle(owners, random);
        }
        int size = owners.size();
        String[] ids = new String[size];
        int[] days = new int[size];
        double[] amounts = new double[size];
        String[] values = new String[size];
        String[] choices = {"a", "b", "c", "d", null};
        for (int r = 0; r < size; r++) {
            ids[r] = "c" + owners.get(r);
            days[r] = random.nextInt(10);
            amounts[r] = random.nextInt(100);
            values[r] = choices[random.nextInt(choices.length)];
        }
        Map<String, String[]> categories = new LinkedHashMap<>();
        categories.put("Value", values);
        return new Transactions(ids, days, amounts, Map.of(), categories);
    }

    /// The mode of each customer as the rule reads: most orders, then the latest day, then the later row.
    private static String[] plainModes(Transactions orders, String[] tableIds) {
        String[] values = orders.categories().get("Value");
        Map<String, Map<String, int[]>> perCustomer = new HashMap<>();
        for (int r = 0; r < values.length; r++) {
            if (values[r] != null) {
                // count, latest day, latest row
                int[] seen = perCustomer.computeIfAbsent(orders.customerIds()[r], id -> new HashMap<>())
                        .computeIfAbsent(values[r], v -> new int[] {0, Integer.MIN_VALUE, -1});
                seen[0]++;
                if (orders.orderDays()[r] >= seen[1]) {
                    seen[1] = orders.orderDays()[r];
                    seen[2] = r;
                }
            }
        }
        Comparator<int[]> rule = Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]).thenComparingInt(s -> s[2]);
        String[] modes = new String[tableIds.length];
        for (int i = 0; i < tableIds.length; i++) {
            Map<String, int[]> counts = perCustomer.getOrDefault(tableIds[i], Map.of());
            modes[i] = counts.entrySet().stream().max((p, q) -> rule.compare(p.getValue(), q.getValue())).map(Map.Entry::getKey).orElse(null);
        }
        return modes;
    }
}
