package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IdKeysTest {

    /// Where two keys differ, they say what [String#compareTo] says.
    private static void assertKeysAgreeWithCompareTo(String[] ids) {
        long[] keys = IdKeys.ofText(ids);
        for (int a = 0; a < ids.length; a++) {
            for (int b = 0; b < ids.length; b++) {
                int byKey = Long.compareUnsigned(keys[a], keys[b]);
                if (byKey != 0) {
                    assertEquals(Integer.signum(ids[a].compareTo(ids[b])), Integer.signum(byKey), ids[a] + " / " + ids[b]);
                }
            }
        }
    }

    @Test
    void givenIdsSharingAPrefix_whenKeyed_thenThePrefixIsSkippedAndTheRestTellsThemApart() {
        String[] ids = {"C0052181", "C0000001", "C0099999", "C0052180"};

        long[] keys = IdKeys.ofText(ids);

        assertEquals(3, IdKeys.sharedPrefix(ids));
        assertTrue(Long.compareUnsigned(keys[1], keys[3]) < 0);
        assertTrue(Long.compareUnsigned(keys[3], keys[0]) < 0);
        assertTrue(Long.compareUnsigned(keys[0], keys[2]) < 0);
        assertKeysAgreeWithCompareTo(ids);
    }

    @Test
    void givenShortIdsPrefixesAndZeroChars_whenKeyed_thenNeverAgainstCompareTo() {
        assertKeysAgreeWithCompareTo(new String[] {"", "a", "a\u0000", "a\u0000b", "ab", "abcdefghij", "abcdefghi", "abcdefgh",
                "b", "\u00ff", "\u00fe\u00ff", "A", "aa"});
    }

    @Test
    void givenCharsAbove255AndSurrogates_whenKeyed_thenOrderedByUtf16CodeUnits() {
        String[] ids = {"M\u00fcller", "Muller", "M\u0101ller", "\uffff", "\ud83d\ude00", "\ue000", "z", "\u4e2d\u6587", "\u4e2d"};

        long[] keys = IdKeys.ofText(ids);

        // U+1F600 is stored as the surrogates D83D DE00, which String.compareTo puts below U+E000
        assertTrue(Long.compareUnsigned(keys[4], keys[5]) < 0);
        assertTrue(Long.compareUnsigned(keys[5], keys[3]) < 0);
        assertKeysAgreeWithCompareTo(ids);
    }

    @Test
    void givenNumbers_whenKeyed_thenOrderedAsDoubleCompare() {
        double[] numbers = {-1e300, -2.5, -1, -0.0, 0.0, 1e-300, 1, 2.5, 10, 1e300};

        long[] keys = IdKeys.ofNumbers(numbers);

        for (int a = 0; a < numbers.length; a++) {
            for (int b = 0; b < numbers.length; b++) {
                assertEquals(Integer.signum(Double.compare(numbers[a], numbers[b])), Integer.signum(Long.compareUnsigned(keys[a], keys[b])));
            }
        }
    }

    @Test
    void givenSeededRandomIds_whenKeyed_thenNeverAgainstCompareTo() {
        Random random = new Random(11);
        char[] alphabet = {'\u0000', '0', '9', 'A', 'a', 'z', '\u00e9', '\u00ff', '\u0100', '\u4e2d', '\ud83d', '\ude00', '\uffff'};
        for (int round = 0; round < 20; round++) {
            String prefix = round % 2 == 0 ? "" : "CUST-";
            boolean narrow = round % 4 < 2;
            String[] ids = new String[150];
            for (int i = 0; i < ids.length; i++) {
                StringBuilder id = new StringBuilder(prefix);
                int length = random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    id.append(alphabet[random.nextInt(narrow ? 8 : alphabet.length)]);
                }
                ids[i] = id.toString();
            }
            assertKeysAgreeWithCompareTo(ids);
        }
    }
}
