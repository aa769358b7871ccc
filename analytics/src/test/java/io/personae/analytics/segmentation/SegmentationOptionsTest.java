package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationOptionsTest {

    @Test
    void givenTheDefaults_whenAQuickLookIsAsked_thenOnlyTheRestartsDropToOne() {
        SegmentationOptions full = new SegmentationOptions(6, 7L, 4, 50, Method.KMEANS, List.of(), List.of(),
                MissingValues.DROP, null);

        SegmentationOptions quick = full.quickLook().orElseThrow();

        assertEquals(1, quick.restarts());
        assertEquals(full, quick.withRestarts(4));
    }

    @Test
    void givenOneRestartOrRfm_whenAQuickLookIsAsked_thenThereIsNone() {
        SegmentationOptions rfm = new SegmentationOptions(5, 42L, 4, 300, Method.RFM, List.of(), List.of(),
                MissingValues.MEDIAN, null);

        assertTrue(SegmentationOptions.withK(5).withRestarts(1).quickLook().isEmpty());
        assertTrue(rfm.quickLook().isEmpty());
    }

    @Test
    void givenAQuickLookRun_whenItsStoredOptionsAreRunAgain_thenTheAssignmentIsTheSame() throws Exception {
        double[][] columns = KnownStructure.blobs(new double[][] {{0, 0}, {6, 1}, {2, 7}}, new double[] {1, 1.5, 2}, 60, 11L);
        CustomerTable table = KnownStructure.table(KnownStructure.numbers(2), columns, List.of());
        SegmentationOptions quick = SegmentationOptions.withK(3).quickLook().orElseThrow();

        SegmentationResult first = Segmenter.segment(table, quick, ProgressMonitor.NONE);
        SegmentationResult again = Segmenter.segment(table, first.options(), ProgressMonitor.NONE);

        assertEquals(1, first.options().restarts());
        assertArrayEquals(first.assignment(), again.assignment());
    }
}
