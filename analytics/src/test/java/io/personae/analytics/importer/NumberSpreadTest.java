package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// Quartiles by selection must give what sorting gives.
class NumberSpreadTest {

    @Test
    void givenKnownNumbers_whenSpread_thenMinMaxAndOutliers() {
        double[] values = {5, 1, 4, 2, 3, 100, -50};

        NumberSpread spread = NumberSpread.of(values, values.length);

        // sorted: -50 1 2 3 4 5 100; q1 = 1.5, q3 = 4.5, fences -3 and 9
        assertEquals(new NumberSpread(-50, 100, 2), spread);
    }

    @Test
    void givenOneNumber_whenSpread_thenItIsBothEnds() {
        assertEquals(new NumberSpread(7, 7, 0), NumberSpread.of(new double[] {7, 99}, 1));
    }

    @Test
    void givenRandomColumnsWithTies_whenSpread_thenSameAsSorting() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int count = 1 + random.nextInt(trial < 100 ? 12 : 3_000);
            int distinct = 1 + random.nextInt(50);
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = random.nextInt(distinct) * (random.nextInt(20) == 0 ? 40 : 1) - 10;
            }
            if (trial % 3 == 0) {
                Arrays.sort(values);
            }

            assertEquals(bySorting(values), NumberSpread.of(values.clone(), count), "trial " + trial);
        }
    }

    private static NumberSpread bySorting(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = Percentiles.of(sorted, 25);
        double q3 = Percentiles.of(sorted, 75);
        double fence = 1.5 * (q3 - q1);
        long outliers = Arrays.stream(sorted).filter(v -> v < q1 - fence || v > q3 + fence).count();
        return new NumberSpread(sorted[0], sorted[sorted.length - 1], outliers);
    }
}
