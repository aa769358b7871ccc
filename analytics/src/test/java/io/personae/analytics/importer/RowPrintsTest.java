package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// Rows repeating an earlier one are counted as sorting the fingerprints counts them.
class RowPrintsTest {

    @Test
    void givenKnownFingerprints_whenCounted_thenEveryRepeatOfAnEarlierOne() {
        RowPrints prints = new RowPrints();
        for (long print : new long[] {5, 0, 7, 5, 0, 5, -1, 7, 0}) {
            prints.add(print);
        }

        assertEquals(9, prints.size());
        assertEquals(5, prints.repeats(), "5 twice, 0 twice, 7 once");
    }

    @Test
    void givenNoRows_whenCounted_thenNoRepeats() {
        assertEquals(0, new RowPrints().repeats());
    }

    @Test
    void givenRandomFingerprintsWithRepeats_whenCounted_thenAsBySorting() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int count = random.nextInt(trial < 10 ? 40 : 50_000);
            long[] values = new long[count];
            RowPrints prints = new RowPrints();
            for (int i = 0; i < count; i++) {
                // a few values repeat often, colliding in the table's slots
                values[i] = random.nextInt(4) == 0 ? (long) random.nextInt(50) << 40 : random.nextLong();
                prints.add(values[i]);
            }

            assertEquals(bySorting(values), prints.repeats(), "trial " + trial);
        }
    }

    private static long bySorting(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long repeats = 0;
        for (int i = 1; i < sorted.length; i++) {
            repeats += sorted[i] == sorted[i - 1] ? 1 : 0;
        }
        return repeats;
    }
}
