package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.ProgressMonitor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentMatcherTest {

    private static final List<String> RFM = List.of("Recency", "Frequency", "Monetary");

    /// A run on customers with the given fingerprint; centroids are irrelevant when matching on
    /// members, so each segment gets one at (s, 0, 0).
    private static SegmentationResult run(String fingerprint, int[] assignment, int... identities) {
        int k = identities.length;
        double[][] centroids = new double[k][3];
        for (int s = 0; s < k; s++) {
            centroids[s][0] = s;
        }
        return run(fingerprint, RFM, assignment, centroids, identities);
    }

    private static SegmentationResult run(String fingerprint, List<String> features, int[] assignment,
            double[][] centroids, int... identities) {
        int n = assignment.length;
        return new SegmentationResult(SegmentationOptions.withK(Math.max(2, centroids.length)), features, assignment,
                centroids, 1.0, 3, new float[n], new float[n], fingerprint, Instant.EPOCH, identities, List.of(), null);
    }

    @Test
    void givenShuffledLabels_whenAligned_thenEachSegmentGetsBackItsIdentity() {
        SegmentationResult previous = run("same", new int[] {0, 0, 0, 1, 1, 2, 2, 2, 2}, 0, 1, 2);
        // the same three groups, numbered 2, 0, 1 by the new run
        SegmentationResult next = run("same", new int[] {2, 2, 2, 0, 0, 1, 1, 1, 1}, 0, 1, 2);

        SegmentationResult aligned = SegmentMatcher.align(previous, next);

        assertArrayEquals(new int[] {1, 2, 0}, aligned.identities());
        assertArrayEquals(next.assignment(), aligned.assignment());
    }

    @Test
    void givenShuffledLabels_whenMatched_thenTheBasisIsMembersAndJaccardIsOne() {
        SegmentationResult previous = run("same", new int[] {0, 0, 1, 1}, 0, 1);
        SegmentationResult next = run("same", new int[] {1, 1, 0, 0}, 0, 1);

        SegmentMatching matching = SegmentMatcher.match(previous, next);

        assertEquals(SegmentMatching.Basis.MEMBERS, matching.basis());
        assertArrayEquals(new int[] {1, 0}, matching.previousSegment());
        assertArrayEquals(new double[] {1, 1}, matching.score());
    }

    @Test
    void givenASegmentSplitInTwo_whenAligned_thenTheLargerPartKeepsTheIdentityAndTheOtherIsNew() {
        // previous identities have gaps (1 and 3 went away earlier); the split-off part takes the smallest free one
        SegmentationResult previous = run("same", new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2, 2}, 4, 0, 2);
        SegmentationResult next = run("same", new int[] {0, 0, 0, 3, 3, 1, 1, 1, 2, 2}, 0, 1, 2, 3);

        SegmentationResult aligned = SegmentMatcher.align(previous, next);

        assertArrayEquals(new int[] {4, 0, 2, 1}, aligned.identities());
    }

    @Test
    void givenASegmentThatWentAway_whenAligned_thenItsIdentityIsLeftAsAGap() {
        SegmentationResult previous = run("same", new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3}, 0, 3, 2, 1);
        // the last two segments merge; the merged one is mostly the old third segment
        SegmentationResult next = run("same", new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 2}, 0, 1, 2);

        SegmentationResult aligned = SegmentMatcher.align(previous, next);

        assertArrayEquals(new int[] {0, 3, 2}, aligned.identities());
        assertArrayEquals(new boolean[] {true, true, true}, SegmentMatcher.essentiallySame(previous, aligned));
    }

    @Test
    void givenLittleOverlap_whenAligned_thenTheSegmentIsNewEvenIfItsFreshIdentityWasUsedBefore() {
        SegmentationResult previous = run("same", new int[] {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, 0, 1, 2);
        // segment 2 now takes one customer from each earlier group: Jaccard 1/6 with each
        SegmentationResult next = run("same", new int[] {0, 0, 0, 2, 1, 1, 1, 2, 1, 1, 0, 2}, 0, 1, 2);

        SegmentationResult aligned = SegmentMatcher.align(previous, next);
        SegmentMatching matching = SegmentMatcher.match(previous, next);

        assertEquals(-1, matching.previousOf(2));
        assertEquals(2, aligned.identities()[2], "the smallest identity no matched segment holds");
        assertArrayEquals(new boolean[] {true, true, false}, SegmentMatcher.essentiallySame(previous, aligned));
    }

    @Test
    void givenCustomersLeftOut_whenMatched_thenTheyCountInNoSegment() {
        SegmentationResult previous = run("same", new int[] {0, 0, -1, 1, 1, -1}, 0, 1);
        SegmentationResult next = run("same", new int[] {1, 1, 1, 0, 0, -1}, 0, 1);

        SegmentMatching matching = SegmentMatcher.match(previous, next);

        assertArrayEquals(new int[] {1, 0}, matching.previousSegment());
        assertEquals(1.0, matching.score()[0]);
        assertEquals(2.0 / 3, matching.score()[1], 1e-12);
    }

    @Test
    void givenOtherCustomersWithTheSameFeatures_whenAligned_thenCloseCentroidsKeepTheirIdentities() {
        double[][] before = {{2, 0, 0}, {-2, 0, 0}, {0, 3, 0}};
        double[][] after = {{0, 3.2, 0}, {2.1, 0, 0.1}, {0, 0, -4}};
        SegmentationResult previous = run("old data", RFM, new int[] {0, 1, 2}, before, 0, 1, 2);
        SegmentationResult next = run("new data", RFM, new int[] {0, 1, 2, 2}, after, 0, 1, 2);

        SegmentMatching matching = SegmentMatcher.match(previous, next);
        SegmentationResult aligned = SegmentMatcher.align(previous, next);

        assertEquals(SegmentMatching.Basis.CENTROIDS, matching.basis());
        assertArrayEquals(new int[] {2, 0, -1}, matching.previousSegment());
        assertEquals(0.2, matching.score()[0], 1e-12);
        assertArrayEquals(new int[] {2, 0, 1}, aligned.identities());
    }

    @Test
    void givenOtherCustomersAndAnotherFeatureSet_whenAligned_thenEverySegmentGetsAFreshIdentity() {
        SegmentationResult previous = run("old data", RFM, new int[] {0, 1, 2}, new double[][] {{2, 0, 0}, {-2, 0, 0}, {0, 3, 0}},
                4, 1, 2);
        SegmentationResult next = run("new data", List.of("Age", "Income"), new int[] {0, 1, 1},
                new double[][] {{2, 0}, {-2, 0}}, 0, 1);

        SegmentMatching matching = SegmentMatcher.match(previous, next);

        assertEquals(SegmentMatching.Basis.NONE, matching.basis());
        assertArrayEquals(new int[] {0, 1}, SegmentMatcher.align(previous, next).identities());
        assertArrayEquals(new boolean[] {false, false}, SegmentMatcher.essentiallySame(previous, next));
    }

    @Test
    void givenFiveClearClustersOneOfThemTwoBlobs_whenGoingFromFiveToSixSegments_thenTheFiveIdentitiesStay()
            throws SegmentationException {
        CustomerTable blobs = blobs();
        SegmentationResult five = Segmenter.segment(blobs, SegmentationOptions.withK(5), ProgressMonitor.NONE);
        SegmentationResult six = Segmenter.segment(blobs, SegmentationOptions.withK(6), ProgressMonitor.NONE);

        SegmentationResult aligned = SegmentMatcher.align(five, six);
        boolean[] same = SegmentMatcher.essentiallySame(five, aligned);

        int[] sorted = aligned.identities().clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, sorted);
        int kept = 0;
        for (int s = 0; s < 6; s++) {
            if (same[s]) {
                kept++;
                assertTrue(aligned.identities()[s] < 5);
            } else {
                assertEquals(5, aligned.identities()[s], "the split-off part is the new segment 6");
            }
        }
        assertEquals(5, kept);
        assertSameMembersForSameIdentity(five, aligned);
    }

    /// Every customer of a four-cluster segment keeps its identity; the split cluster's customers
    /// keep it or move to the new segment.
    private static void assertSameMembersForSameIdentity(SegmentationResult five, SegmentationResult six) {
        for (int i = 0; i < five.assignment().length; i++) {
            int before = five.identities()[five.assignment()[i]];
            int after = six.identities()[six.assignment()[i]];
            assertTrue(after == before || after == 5, "customer " + i + " went from " + before + " to " + after);
        }
    }

    /// Five well separated clusters of 40 customers on two features; the fifth is two tight blobs
    /// of 24 and 16 close to each other, which a sixth segment splits.
    private static CustomerTable blobs() {
        Random random = new Random(11);
        double[][] centres = {{0, 0}, {30, 0}, {0, 30}, {30, 30}, {60, 60}, {64, 60}};
        int[] counts = {40, 40, 40, 40, 24, 16};
        int n = Arrays.stream(counts).sum();
        double[][] values = new double[2][n];
        int i = 0;
        for (int c = 0; c < centres.length; c++) {
            for (int m = 0; m < counts[c]; m++, i++) {
                values[0][i] = centres[c][0] + 0.5 * random.nextGaussian();
                values[1][i] = centres[c][1] + 0.5 * random.nextGaussian();
            }
        }
        String[] ids = new String[n];
        Arrays.setAll(ids, c -> "c" + c);
        return new CustomerTable(ids, new String[n], new String[n], new String[n],
                List.of(new Feature("Age", FeatureKind.NUMBER, false), new Feature("Score", FeatureKind.NUMBER, false)),
                values);
    }
}
