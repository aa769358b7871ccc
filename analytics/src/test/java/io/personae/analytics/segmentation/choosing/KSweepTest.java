package io.personae.analytics.segmentation.choosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.Blobs;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KSweepTest {

    private static final SegmentationOptions BASE = SegmentationOptions.withK(2);
    private static final SweepOptions NO_STABILITY = new SweepOptions(2, 8, 0.03, 8, 0, 5_000);

    @Test
    void givenFourWellSeparatedBlobs_whenSwept_thenFourScoresBestAndIsRecommended() throws SegmentationException {
        SweepResult result = KSweep.run(Blobs.fourCorners(500, 3), BASE, NO_STABILITY, ProgressMonitor.NONE);

        assertEquals(4, result.bestScoringK());
        assertEquals(4, result.recommendedK());
        assertEquals("4 scores best and meets every limit: 4 is recommended.", result.recommendation());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), result.scores().stream().map(KScore::k).toList());
        KScore four = result.scores().get(2);
        assertEquals(0.25, four.smallestShare(), 0.01);
        assertTrue(Double.isNaN(four.stability()));
    }

    @Test
    void givenAOnePercentBlobAndAThreePercentLimit_whenSwept_thenTheKIsolatingItIsAvoidedAndTheSentenceSaysWhy()
            throws SegmentationException {
        CustomerTable blobs = Blobs.gaussian(new double[][] {{0, 0}, {20, 0}, {0, 20}, {20, 20}, {60, 60}},
                new int[] {495, 495, 495, 495, 20}, 1, 5);

        SweepResult result = KSweep.run(blobs, BASE, NO_STABILITY, ProgressMonitor.NONE);

        assertEquals(5, result.bestScoringK());
        assertTrue(result.recommendedK() < 5, result.recommendation());
        assertTrue(result.recommendation().startsWith("5 scores best, but one segment holds under 3% of customers; "),
                result.recommendation());
    }

    @Test
    void givenAMaximumOfThreeSegments_whenFourBlobsAreSwept_thenThreeIsRecommended() throws SegmentationException {
        SweepOptions threeAtMost = new SweepOptions(2, 6, 0.03, 3, 0, 5_000);

        SweepResult result = KSweep.run(Blobs.fourCorners(200, 3), BASE, threeAtMost, ProgressMonitor.NONE);

        assertEquals(4, result.bestScoringK());
        assertTrue(result.recommendedK() <= 3);
        assertTrue(result.recommendation().startsWith("4 scores best, but 4 segments are more than the 3 the team can act on; "),
                result.recommendation());
    }

    @Test
    void givenStabilityRuns_whenFourBlobsAreSwept_thenFourIsStable() throws SegmentationException {
        SweepOptions withStability = new SweepOptions(3, 5, 0.03, 8, 3, 5_000);

        SweepResult result = KSweep.run(Blobs.fourCorners(100, 3), BASE, withStability, ProgressMonitor.NONE);

        KScore four = result.scores().get(1);
        assertEquals(4, four.k());
        assertTrue(four.stability() >= 0.95, four.toString());
        assertEquals(4, result.recommendedK());
    }

    @Test
    void givenAnotherMethod_whenSwept_thenItIsScoredThroughTheSegmenter() throws SegmentationException {
        SegmentationOptions ward = new SegmentationOptions(2, 42, 1, 300, Method.WARD, List.of(), List.of(),
                MissingValues.MEDIAN, null);

        SweepResult result = KSweep.run(Blobs.fourCorners(60, 3), ward, new SweepOptions(2, 6, 0.03, 8, 0, 5_000),
                ProgressMonitor.NONE);

        assertEquals(4, result.recommendedK());
    }

    @Test
    void givenTheSameData_whenSweptTwice_thenTheScoresMatch() throws SegmentationException {
        CustomerTable noise = Blobs.uniform(300, 3, 2);
        SweepOptions options = new SweepOptions(2, 5, 0.03, 8, 2, 100);

        assertEquals(KSweep.run(noise, BASE, options, ProgressMonitor.NONE),
                KSweep.run(noise, BASE, options, ProgressMonitor.NONE));
    }

    @Test
    void givenASweep_whenItRuns_thenProgressClimbsToTheEndNamingEachK() throws SegmentationException {
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        CancellableProgress progress = new CancellableProgress((fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        });

        KSweep.run(Blobs.fourCorners(50, 3), BASE, new SweepOptions(2, 4, 0.03, 8, 0, 5_000), progress);

        assertTrue(messages.contains("Trying 3 segments (2 of 3)"), messages.toString());
        assertEquals(1.0, fractions.getLast());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back at " + messages.get(i));
        }
    }

    @Test
    void givenACancelledMonitor_whenSwept_thenItStops() {
        CancellableProgress progress = new CancellableProgress();
        progress.cancel();

        assertThrows(CancelledException.class,
                () -> KSweep.run(Blobs.fourCorners(50, 3), BASE, NO_STABILITY, progress));
    }

    @Test
    void givenFewerCustomersThanTheRangeEnd_whenSwept_thenTheMessageSaysWhereToEnd() {
        SegmentationException e = assertThrows(SegmentationException.class,
                () -> KSweep.run(Blobs.uniform(5, 2, 1), BASE, NO_STABILITY, ProgressMonitor.NONE));

        assertEquals("Only 5 customers: try a range ending at 5 segments or fewer.", e.getMessage());
    }

    @Test
    void givenRfmScoring_whenSwept_thenTheMessageSaysThereIsNoKToChoose() {
        SegmentationOptions rfm = new SegmentationOptions(2, 42, 1, 300, Method.RFM, List.of(), List.of(),
                MissingValues.MEDIAN, null);

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> KSweep.run(Blobs.uniform(50, 2, 1), rfm, NO_STABILITY, ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("RFM scoring makes its own fixed groups"), e.getMessage());
    }
}
