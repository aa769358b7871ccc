package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.features.TransactionFeatures;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaNamerTest {

    private static final List<String> RFM = List.of(TransactionFeatures.RECENCY, TransactionFeatures.FREQUENCY,
            TransactionFeatures.MONETARY, TransactionFeatures.AVERAGE_ORDER_VALUE, TransactionFeatures.TENURE);

    @Test
    void givenCraftedRfmCentroids_whenNamed_thenTheStrongestFeaturesGiveTheWords() {
        double[][] centroids = {
            {-1.6, 1.5, 1.0, 0.2, 0.3},
            {1.4, -0.8, -0.1, 0.0, 0.2},
            {0.1, -0.2, 0.3, -0.4, 0.0},
            {-0.1, 0.2, 0.9, 1.3, -0.7},
        };

        List<String> names = PersonaNamer.names(RFM, centroids);

        assertEquals(List.of("Recent, frequent, high spend", "Lapsed, one-off", "Typical customers",
                "Big baskets, high spend, new"), names);
    }

    @Test
    void givenAnOtherFeature_whenNamed_thenItsNameIsCleanedAndPrefixed() {
        List<String> names = PersonaNamer.names(List.of("Annual Income (k$)", "BMI"),
                new double[][] {{1.2, 0.1}, {-0.9, -0.8}});

        assertEquals(List.of("High annual income", "Low annual income, low BMI"), names);
    }

    @Test
    void givenTwoSegmentsWithTheSameStrongFeatures_whenNamed_thenTheNextFeatureTellsThemApart() {
        double[][] centroids = {
            {-1.5, 1.2, 0.1, 0.0, 0.3},
            {-1.4, 1.1, -0.2, 0.0, 0.1},
        };

        List<String> names = PersonaNamer.names(RFM, centroids);

        assertEquals(List.of("Recent, frequent, long-standing", "Recent, frequent, low spend"), names);
    }

    @Test
    void givenIdenticalCentroids_whenNamed_thenNamesAreStillUnique() {
        double[][] centroids = {{1.0, 0.2}, {1.0, 0.2}, {1.0, 0.2}};

        List<String> names = PersonaNamer.names(List.of("Age", "Score"), centroids);

        assertEquals(3, new HashSet<>(names).size());
        assertEquals("High age, high score", names.get(0));
        assertEquals("High age, high score (2)", names.get(1));
        assertEquals("High age, high score (3)", names.get(2));
    }
}
