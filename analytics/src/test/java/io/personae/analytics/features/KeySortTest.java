package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeySortTest {

    private static int[] plainSort(long[] keys) {
        return IntStream.range(0, keys.length).boxed()
                .sorted(Comparator.<Integer, Long>comparing(i -> keys[i], Long::compareUnsigned))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void givenKeysWithTopBitSetAndEqualKeys_whenSorted_thenUnsignedOrderAndEqualKeysByPosition() {
        long[] keys = {5, -1, 0, 5, Long.MIN_VALUE, 1L << 40, 5};

        assertArrayEquals(new int[] {2, 0, 3, 6, 5, 4, 1}, KeySort.sorted(keys));
    }

    @Test
    void givenNoKeysOrAllEqual_whenSorted_thenPositionsAsTheyAre() {
        assertArrayEquals(new int[0], KeySort.sorted(new long[0]));
        assertArrayEquals(new int[] {0, 1, 2}, KeySort.sorted(new long[] {7, 7, 7}));
    }

    @Test
    void givenSeededRandomKeys_whenSorted_thenAsAStableSort() {
        Random random = new Random(5);
        for (int bits : new int[] {4, 20, 40, 64}) {
            long[] keys = new long[3_000];
            for (int i = 0; i < keys.length; i++) {
                long key = random.nextLong();
                keys[i] = bits == 64 ? key : (key >>> (64 - bits)) << random.nextInt(64 - bits + 1);
            }

            assertArrayEquals(plainSort(keys), KeySort.sorted(keys), "bits " + bits);
            assertArrayEquals(plainSort(Arrays.copyOf(keys, 1)), KeySort.sorted(Arrays.copyOf(keys, 1)));
        }
    }
}
