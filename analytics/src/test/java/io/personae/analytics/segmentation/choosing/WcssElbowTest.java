package io.personae.analytics.segmentation.choosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WcssElbowTest {

    private static KScore wcss(int k, double wcss) {
        return new KScore(k, 0.5, 100, 1, wcss, 0.1, Double.NaN);
    }

    @Test
    void givenACurveThatBendsAtFour_whenMeasured_thenEachInnerKIsTheRatioOfSuccessiveDrops() {
        List<KScore> curve = List.of(wcss(2, 100), wcss(3, 60), wcss(4, 20), wcss(5, 18), wcss(6, 16.5));

        Map<Integer, Double> sharpness = WcssElbow.sharpness(curve, 200);

        // k=2: (200 - 100) / (100 - 60); k=3: 40 / 40; k=4: 40 / 2; k=5: 2 / 1.5; k=6 has no next k
        assertEquals(Map.of(2, 2.5, 3, 1.0, 4, 20.0, 5, 2 / 1.5), sharpness);
    }

    @Test
    void givenNoWcssBeforeTheFirstK_whenMeasured_thenTheFirstKHasNoElbow() {
        Map<Integer, Double> sharpness = WcssElbow.sharpness(List.of(wcss(2, 100), wcss(3, 60), wcss(4, 50)),
                Double.NaN);

        assertEquals(Map.of(3, 4.0), sharpness);
    }

    @Test
    void givenANextKWhoseWcssIsHigher_whenMeasured_thenThatKHasNoElbow() {
        Map<Integer, Double> sharpness = WcssElbow.sharpness(List.of(wcss(2, 100), wcss(3, 60), wcss(4, 61)), 200);

        assertFalse(sharpness.containsKey(3));
    }
}
