package io.personae.analytics.segmentation.choosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    /// Two segments on a line: {0, 1, 2} and {10, 11, 12} (second coordinate 0).
    private static final double[] LINE = {0, 0, 1, 0, 2, 0, 10, 0, 11, 0, 12, 0};
    private static final int[] HALVES = {0, 0, 0, 1, 1, 1};

    @Test
    void givenTwoSegmentsOfThreePointsOnALine_whenScored_thenEachScoreIsTheHandComputedValue() {
        ClusterScores scores = ClusterScores.of(LINE, 6, 2, HALVES, 100, 1);

        // point 0: a = (1 + 2) / 2, b = (10 + 11 + 12) / 3; point 1: a = 1, b = 10; point 2: a = 1.5, b = 9;
        // the other segment mirrors them
        double silhouette = ((11 - 1.5) / 11 + (10 - 1.0) / 10 + (9 - 1.5) / 9) / 3;
        assertEquals(silhouette, scores.silhouette(), 1e-12);
        // means 1 and 11, overall 6: W = 2 * (1 + 0 + 1) = 4, B = 3 * 25 + 3 * 25 = 150; CH = (150 / 1) / (4 / 4)
        assertEquals(150, scores.calinskiHarabasz(), 1e-9);
        // spread of each segment (1 + 0 + 1) / 3, means 10 apart: DB = (2/3 + 2/3) / 10
        assertEquals(2.0 / 15, scores.daviesBouldin(), 1e-12);
        assertEquals(4, scores.wcss(), 1e-12);
    }

    @Test
    void givenASegmentOfOnePoint_whenScored_thenThatPointsSilhouetteIsZero() {
        double[] points = {0, 1, 2, 10};
        int[] labels = {0, 0, 0, 1};

        double silhouette = ClusterScores.of(points, 4, 1, labels, 100, 1).silhouette();

        // 0: a 1.5, b 10; 1: a 1, b 9; 2: a 1.5, b 8; the lone point 10 scores 0
        double expected = ((10 - 1.5) / 10 + (9 - 1.0) / 9 + (8 - 1.5) / 8 + 0) / 4;
        assertEquals(expected, silhouette, 1e-12);
    }

    @Test
    void givenRowsLabelledMinusOne_whenScored_thenTheyAreIgnored() {
        double[] withOutlier = new double[LINE.length + 2];
        System.arraycopy(LINE, 0, withOutlier, 0, LINE.length);
        withOutlier[LINE.length] = 500;
        int[] labels = {0, 0, 0, 1, 1, 1, -1};

        ClusterScores scores = ClusterScores.of(withOutlier, 7, 2, labels, 100, 1);

        assertEquals(ClusterScores.of(LINE, 6, 2, HALVES, 100, 1), scores);
    }

    @Test
    void givenMoreRowsThanTheSample_whenScored_thenTheSilhouetteIsCloseToTheExactOneAndRepeatable() {
        int n = 3000;
        double[] points = new double[n * 2];
        int[] labels = new int[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            points[2 * i] = labels[i] * 3 + random.nextGaussian();
            points[2 * i + 1] = random.nextGaussian();
        }

        double exact = ClusterScores.silhouette(points, n, 2, labels, n, 1);
        double sampled = ClusterScores.silhouette(points, n, 2, labels, 500, 1);

        assertEquals(exact, sampled, 0.05);
        assertTrue(exact != sampled, "a sample of 500 should not give the exact figure");
        assertEquals(sampled, ClusterScores.silhouette(points, n, 2, labels, 500, 1));
    }

    @Test
    void givenTighterSegments_whenScored_thenEveryScoreImproves() {
        double[] tight = {0, 0, 0.1, 0, 0.2, 0, 10, 0, 10.1, 0, 10.2, 0};

        ClusterScores loose = ClusterScores.of(LINE, 6, 2, HALVES, 100, 1);
        ClusterScores better = ClusterScores.of(tight, 6, 2, HALVES, 100, 1);

        assertTrue(better.silhouette() > loose.silhouette());
        assertTrue(better.calinskiHarabasz() > loose.calinskiHarabasz());
        assertTrue(better.daviesBouldin() < loose.daviesBouldin());
        assertTrue(better.wcss() < loose.wcss());
    }
}
