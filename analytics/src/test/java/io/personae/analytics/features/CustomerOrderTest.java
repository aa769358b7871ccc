package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

    private static String[] sorted(String... ids) {
        return Arrays.stream(CustomerOrder.of(ids)).mapToObj(c -> ids[c]).toArray(String[]::new);
    }

    @Test
    void givenNumberIds_whenOrdered_thenByValueAndEqualValuesByText() {
        assertArrayEquals(new String[] {"-3", "01", "1", "1.0", "2", "10"}, sorted("10", "1", "2", "1.0", "-3", "01"));
    }

    @Test
    void givenAnIdThatIsNoPlainNumber_whenOrdered_thenAllByText() {
        assertArrayEquals(new String[] {"10", "1e3", "9"}, sorted("9", "1e3", "10"));
    }

    @Test
    void givenIdsInOrderAlready_whenOrdered_thenCustomersKeepTheirNumbers() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, CustomerOrder.of(new String[] {"A1", "A2", "B", "b"}));
    }

    @Test
    void givenTheSameIdTwice_whenOrdered_thenTheLowerNumberFirst() {
        assertArrayEquals(new int[] {3, 1, 0, 2}, CustomerOrder.of(new String[] {"b", "a", "b", "0"}));
    }

    @Test
    void givenManyShuffledIds_whenOrdered_thenAsAStableComparatorSort() {
        Random random = new Random(7);
        for (boolean numeric : new boolean[] {true, false}) {
            String[] ids = new String[5_000];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = (numeric ? "" : "k") + random.nextInt(3_000);
            }
            Comparator<Integer> byText = Comparator.comparing(i -> ids[i]);
            Comparator<Integer> rule = numeric ? Comparator.<Integer>comparingDouble(i -> Double.parseDouble(ids[i])).thenComparing(byText) : byText;
            Integer[] expected = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, rule);

            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), CustomerOrder.of(ids));
        }
    }
}
