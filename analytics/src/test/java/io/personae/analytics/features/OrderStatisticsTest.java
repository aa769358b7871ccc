package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// Selection gives the order statistic a sort gives, and leaves smaller values before it and
/// larger ones after, on the column shapes that break naive pivots.
class OrderStatisticsTest {

    @Test
    void givenRandomSortedReversedAndConstantColumns_whenSelected_thenAsSorted() {
        Random random = new Random(13);
        double[][] columns = new double[40][];
        for (int c = 0; c < columns.length; c++) {
            int size = 1 + random.nextInt(300);
            double[] column = new double[size];
            for (int i = 0; i < size; i++) {
                column[i] = switch (c % 4) {
                    case 0 -> random.nextInt(20);
                    case 1 -> i;
                    case 2 -> size - i;
                    default -> 7.5;
                };
            }
            columns[c] = column;
        }
        for (double[] column : columns) {
            double[] sorted = column.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(column.length);
            double[] values = column.clone();

            double selected = OrderStatistics.select(values, 0, values.length, k);

            assertEquals(sorted[k], selected);
            assertEquals(sorted[k], values[k]);
            for (int i = 0; i < values.length; i++) {
                assertTrue(i < k ? values[i] <= selected : i == k || values[i] >= selected, "position " + i);
            }
        }
    }

    @Test
    void givenSmallestAlreadyInFront_whenSelectedFromThere_thenAsSorted() {
        double[] values = {1, 2, 9, 4, 8, 3, 7};

        double selected = OrderStatistics.select(values, 2, values.length, 4);

        assertEquals(7, selected);
    }
}
