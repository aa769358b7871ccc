package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmGridTest {

    private static final RfmCutPoints CUTS = new RfmCutPoints(new double[] {10, 20, 30, 40}, new double[] {1, 2, 3, 4},
            new double[] {10, 20, 30, 40});

    /// Columns in [TransactionFeatures#FEATURES] order: recency, frequency, spend, average order, tenure.
    /// - ann: 5 days, 5 orders: recency score 5, frequency score 5 (Champions)
    /// - bob: 50 days, 1 order: 1 and 1 (Lost)
    /// - cy: 25 days, 3 orders: 3 and 3 (Need attention)
    /// - dee: 6 days, 4 orders: 5 and 4 (Champions too)
    /// - eve: left out of the run
    private static final CustomerTable TABLE = new CustomerTable(new String[] {"ann", "bob", "cy", "dee", "eve"},
            new String[5], new String[5], new String[5], TransactionFeatures.FEATURES, new double[][] {
                {5, 50, 25, 6, 1}, {5, 1, 3, 4, 9}, {500, 10, 90, 200, 1000}, {100, 10, 30, 50, 111}, {300, 50, 200, 100, 400}});

    private static SegmentationResult result(RfmCutPoints cuts, List<String> labels) {
        return new SegmentationResult(SegmentationOptions.withK(3), List.of("x"), new int[] {0, 1, 2, 0, -1},
                new double[3][1], 0, 1, new float[5], new float[5], "test", Instant.EPOCH, new int[] {0, 1, 2}, labels, cuts);
    }

    @Test
    void givenAnRfmRun_whenGridded_thenEachCustomerIsCountedInTheCellOfTheirScores() {
        RfmGrid grid = RfmGrid.of(TABLE, result(CUTS, List.of("Champions", "Lost", "Need attention"))).orElseThrow();

        assertEquals(1, grid.customers()[4][4]);
        assertEquals(1, grid.customers()[4][3]);
        assertEquals(1, grid.customers()[0][0]);
        assertEquals(1, grid.customers()[2][2]);
        assertEquals(4, grid.total(), "eve was left out of the run");
        assertEquals(500, grid.spend()[4][4], 1e-12);
        assertEquals(200, grid.spend()[4][3], 1e-12);
        assertEquals(0, grid.spend()[1][1], 1e-12);
        // both Champions cells belong to segment 0; Hibernating has no segment in this run
        assertEquals(0, grid.segment()[4][4]);
        assertEquals(0, grid.segment()[4][3]);
        assertEquals(1, grid.segment()[0][0]);
        assertEquals(2, grid.segment()[2][2]);
        assertEquals(-1, grid.segment()[0][1]);
        assertEquals("Hibernating", RfmGrid.group(1, 2));
    }

    @Test
    void givenARunOfAnotherMethod_whenGridded_thenThereIsNoGrid() {
        assertTrue(RfmGrid.of(TABLE, result(null, List.of())).isEmpty());
    }
}
