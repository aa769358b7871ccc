package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/// [CustomerOrder] on ids out of order, which it sorts by key first ([IdKeys], [KeySort]),
/// against a plain stable sort by the rule: by number when every id is a plain number, then by text.
class CustomerOrderByKeyTest {

    private static int[] plainSort(String[] ids) {
        boolean numeric = Arrays.stream(ids).allMatch(CustomerOrder::isPlainNumber);
        Comparator<Integer> byText = Comparator.comparing(i -> ids[i]);
        Comparator<Integer> rule = numeric
                ? Comparator.<Integer>comparingDouble(i -> Double.parseDouble(ids[i].strip())).thenComparing(byText)
                : byText;
        return IntStream.range(0, ids.length).boxed().sorted(rule).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void givenHandMadeTextIds_whenOrdered_thenAsAPlainSort() {
        String[][] cases = {
            {"C0052181", "C0000001", "C0099999", "C0052180", "C00521810"},
            {"b", "", "a", "a\u0000", "ab", "abcdefghij", "abcdefghi", "abcdefgh", "abcdefgh"},
            {"M\u00fcller", "Muller", "M\u0101ller", "\uffff", "\ud83d\ude00", "\ue000", "z", "\u4e2d\u6587", "\u4e2d"},
            {"same-prefix-longer-than-eight-2", "same-prefix-longer-than-eight-10", "same-prefix-longer-than-eight-1"},
            {"x", "x", "1e3", "x", "10"},
        };
        for (String[] ids : cases) {
            assertArrayEquals(plainSort(ids), CustomerOrder.of(ids), String.join(",", ids));
        }
    }

    @Test
    void givenHandMadeNumberIds_whenOrdered_thenByNumberThenTextThenCustomerNumber() {
        String[] ids = {"10", "-0", "0", "+1", "1", "01", "1.0", "-2.5", " 3", "3", "-0.0", "2.50", "99999999999"};

        assertArrayEquals(plainSort(ids), CustomerOrder.of(ids));
    }

    @Test
    void givenSeededRandomIds_whenOrdered_thenAsAPlainSort() {
        Random random = new Random(3);
        char[] alphabet = {'\u0000', '-', '0', '5', '9', 'A', 'Z', 'a', 'z', '\u00e9', '\u00ff', '\u0100', '\u4e2d', '\ud83d', '\ude00', '\uffff'};
        for (int round = 0; round < 24; round++) {
            String prefix = switch (round % 3) {
                case 0 -> "";
                case 1 -> "C00";
                default -> "customer-number-";
            };
            int letters = round % 2 == 0 ? 9 : alphabet.length;
            String[] ids = new String[2_000];
            for (int i = 0; i < ids.length; i++) {
                if (round % 4 == 3) {
                    ids[i] = (random.nextBoolean() ? "-" : "") + random.nextInt(500) + (random.nextInt(4) == 0 ? ".5" : "");
                    continue;
                }
                StringBuilder id = new StringBuilder(prefix);
                int length = random.nextInt(11);
                for (int c = 0; c < length; c++) {
                    id.append(alphabet[2 + random.nextInt(letters - 2)]);
                }
                if (random.nextInt(10) == 0) {
                    id.append(alphabet[random.nextInt(2)]);
                }
                ids[i] = id.toString();
            }

            assertArrayEquals(plainSort(ids), CustomerOrder.of(ids), "round " + round);
        }
    }
}
