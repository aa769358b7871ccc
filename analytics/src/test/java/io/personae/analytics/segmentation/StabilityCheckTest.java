package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityCheckTest {

    @Test
    void givenWellSeparatedBlobs_whenChecked_thenEverySegmentIsStable() throws SegmentationException {
        CustomerTable blobs = Blobs.fourCorners(100, 1);
        SegmentationResult result = Segmenter.segment(blobs, SegmentationOptions.withK(4), ProgressMonitor.NONE);

        List<SegmentStability> stabilities = StabilityCheck.run(blobs, result, 5, 11, 10_000, ProgressMonitor.NONE);

        assertEquals(4, stabilities.size());
        for (SegmentStability stability : stabilities) {
            assertTrue(stability.stable() && stability.jaccard() > 0.95, stability.toString());
        }
    }

    @Test
    void givenUniformNoiseCutIntoSix_whenChecked_thenSomeSegmentIsUnstable() throws SegmentationException {
        CustomerTable noise = Blobs.uniform(600, 4, 3);
        SegmentationResult result = Segmenter.segment(noise, SegmentationOptions.withK(6), ProgressMonitor.NONE);

        List<SegmentStability> stabilities = StabilityCheck.run(noise, result, 5, 11, 10_000, ProgressMonitor.NONE);

        assertTrue(stabilities.stream().anyMatch(s -> !s.stable()), stabilities.toString());
    }

    @Test
    void givenTheSameSeed_whenCheckedTwiceOnASubsample_thenTheFiguresMatch() throws SegmentationException {
        CustomerTable noise = Blobs.uniform(400, 2, 5);
        SegmentationResult result = Segmenter.segment(noise, SegmentationOptions.withK(3), ProgressMonitor.NONE);

        List<SegmentStability> first = StabilityCheck.run(noise, result, 3, 8, 150, ProgressMonitor.NONE);
        List<SegmentStability> second = StabilityCheck.run(noise, result, 3, 8, 150, ProgressMonitor.NONE);

        assertEquals(first, second);
    }

    @Test
    void givenARerunThatSplitsASegment_whenMatched_thenItsBestJaccardIsTheLargerPart() {
        // original: customers 0-3 in segment 0, 4-5 in segment 1; resample drew 0, 1, 2, 3, 4, 4, 5
        int[] original = {0, 0, 0, 0, 1, 1};
        int[] drawn = {0, 1, 2, 3, 4, 4, 5};
        int[] rerun = {0, 0, 0, 1, 2, 2, 2};

        double[] best = StabilityCheck.bestJaccard(original, drawn, rerun, 2);

        // segment 0: {0, 1, 2, 3} against rerun 0 = {0, 1, 2}: 3 / 4; segment 1 (drawn 3 times) = rerun 2
        assertArrayEquals(new double[] {0.75, 1.0}, best, 1e-12);
    }

    @Test
    void givenACancelledMonitor_whenChecked_thenItStops() throws SegmentationException {
        CustomerTable blobs = Blobs.fourCorners(50, 1);
        SegmentationResult result = Segmenter.segment(blobs, SegmentationOptions.withK(4), ProgressMonitor.NONE);
        CancellableProgress progress = new CancellableProgress();
        progress.cancel();

        assertThrows(CancelledException.class, () -> StabilityCheck.run(blobs, result, 3, 1, 1000, progress));
    }

    @Test
    void givenAResultOfAnotherTable_whenChecked_thenTheMessageSaysToSegmentFirst() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(Blobs.fourCorners(10, 1), SegmentationOptions.withK(4),
                ProgressMonitor.NONE);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StabilityCheck.run(Blobs.fourCorners(20, 1), result, 3, 1, 1000, ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("segment this data first"), e.getMessage());
    }
}
