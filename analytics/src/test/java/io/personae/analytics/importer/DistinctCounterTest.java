package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// Distinct values are counted exactly up to the limit, however far past it the values go.
class DistinctCounterTest {

    @Test
    void givenFewerValuesThanTheLimit_whenCounted_thenEveryDistinctOneOnce() {
        DistinctCounter counter = new DistinctCounter(10);
        for (long key : new long[] {3, 0, 3, 9, 0, -4}) {
            counter.add(key);
        }

        assertEquals(4, counter.size(), "3, 0, 9 and -4");
        assertFalse(counter.capped());
    }

    @Test
    void givenRandomValuesAroundTheLimit_whenCounted_thenAsASetCountsThemUpToTheLimit() {
        Random random = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int limit = 1 + random.nextInt(trial < 15 ? 50 : 5_000);
            int values = random.nextInt(4 * limit);
            int range = 1 + random.nextInt(3 * limit);
            DistinctCounter counter = new DistinctCounter(limit);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < values; i++) {
                long key = random.nextInt(range) * 0x9E3779B97F4A7C15L;
                counter.add(key);
                seen.add(key);

                assertEquals(Math.min(seen.size(), limit), counter.size(), "trial " + trial + ", value " + i);
                assertEquals(seen.size() >= limit, counter.capped(), "trial " + trial + ", value " + i);
            }
        }
    }

    @Test
    void givenFarMoreValuesThanTheLimit_whenCounted_thenTheLimitAndCapped() {
        DistinctCounter counter = new DistinctCounter(100_000);
        for (long key = 1; key <= 1_000_000; key++) {
            counter.add(key * 0xC2B2AE3D27D4EB4FL);
        }
        counter.add(0);

        assertEquals(100_000, counter.size());
        assertTrue(counter.capped());
    }
}
