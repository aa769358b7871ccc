package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.features.FeatureKind;
import org.junit.jupiter.api.Test;

class ColumnScalingTest {

    private static final double EPS = 1e-9;

    @Test
    void givenAGap_whenStandardised_thenItTakesTheMedianAndStatisticsIgnoreIt() {
        double[] scaled = ColumnScaling.scale(new double[] {1, 2, 3, Double.NaN}, Scaling.STANDARDISE);

        double sd = Math.sqrt(2.0 / 3);
        assertArrayEquals(new double[] {-1 / sd, 0, 1 / sd, 0}, scaled, EPS);
    }

    @Test
    void givenAnOutlier_whenRobustScaled_thenMedianAndInterquartileRangeAreUsed() {
        double[] scaled = ColumnScaling.scale(new double[] {1, 2, 3, 4, 100}, Scaling.ROBUST);

        // median 3, quartiles 2 and 4
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 48.5}, scaled, EPS);
    }

    @Test
    void givenAZeroInterquartileRange_whenRobustScaled_thenTheStandardDeviationDividesInstead() {
        double[] scaled = ColumnScaling.scale(new double[] {1, 1, 1, 1, 5}, Scaling.ROBUST);

        // median 1, mean 1.8, population sd 1.6
        assertArrayEquals(new double[] {0, 0, 0, 0, 2.5}, scaled, EPS);
    }

    @Test
    void givenNegativeAndPositiveValues_whenLogScaled_thenTheSignIsKeptBeforeStandardising() {
        double e1 = Math.E - 1;
        double[] scaled = ColumnScaling.scale(new double[] {-e1, 0, e1}, Scaling.LOG);

        double z = 1 / Math.sqrt(2.0 / 3);
        assertArrayEquals(new double[] {-z, 0, z}, scaled, EPS);
    }

    @Test
    void givenTies_whenRanked_thenTiesShareTheirAverageRankScaledToZeroOne() {
        double[] scaled = ColumnScaling.scale(new double[] {10, 20, 20, 30, Double.NaN}, Scaling.RANK);

        // ranks 1, 2.5, 2.5, 4 of 4; the gap holds the median, 20
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 0.5}, scaled, EPS);
    }

    @Test
    void givenAutomaticScaling_whenResolved_thenMoneyAndCountsAreLoggedAndTheRestStandardised() {
        assertEquals(Scaling.LOG, ColumnScaling.resolve(Scaling.AUTO, FeatureKind.MONEY));
        assertEquals(Scaling.LOG, ColumnScaling.resolve(Scaling.AUTO, FeatureKind.COUNT));
        assertEquals(Scaling.STANDARDISE, ColumnScaling.resolve(Scaling.AUTO, FeatureKind.DAYS));
        assertEquals(Scaling.RANK, ColumnScaling.resolve(Scaling.RANK, FeatureKind.MONEY));
    }
}
