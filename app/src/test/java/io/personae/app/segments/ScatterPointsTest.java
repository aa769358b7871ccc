package io.personae.app.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScatterPointsTest {

    /// Ten customers 0..9: segment = i % 2, PC1 = i, PC2 = -i, Spend = 10 i (NaN for customer 4).
    private static final double[] SPEND = {0, 10, 20, 30, Double.NaN, 50, 60, 70, 80, 90};

    private static Segmentation segmentation() {
        int n = 10;
        int[] assignment = new int[n];
        float[] pc1 = new float[n];
        float[] pc2 = new float[n];
        for (int i = 0; i < n; i++) {
            assignment[i] = i % 2;
            pc1[i] = i;
            pc2[i] = -i;
        }
        SegmentationResult result = new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend"), assignment,
                new double[2][1], 0, 1, pc1, pc2, "test", Instant.EPOCH);
        return new Segmentation(result, List.of(new Persona(0, "Even", 5, 0.5, Double.NaN, List.of()),
                new Persona(1, "Odd", 5, 0.5, Double.NaN, List.of())));
    }

    private static CustomerTable table() {
        String[] ids = new String[10];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "C" + i;
        }
        return new CustomerTable(ids, new String[10], new String[10], new String[10],
                List.of(new Feature("Spend", FeatureKind.MONEY, true)), new double[][] {SPEND});
    }

    @Test
    void givenMoreCustomersThanPoints_whenSampled_thenEveryNthCustomerIsDrawnAndTheSubtitleSaysSo() {
        ScatterPoints points = ScatterPoints.of(segmentation(), table(), ScatterPoints.FIRST_COMPONENT, ScatterPoints.SECOND_COMPONENT, 5);

        assertArrayEquals(new double[] {0, 2, 4, 6, 8}, points.x());
        assertArrayEquals(new double[] {0, -2, -4, -6, -8}, points.y());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, points.segment());
        assertEquals("Showing 5 of 10 customers", points.subtitle());
    }

    @Test
    void givenAFeatureAxis_whenAValueIsMissing_thenThatCustomerIsLeftOut() {
        ScatterPoints points = ScatterPoints.of(segmentation(), table(), "Spend", ScatterPoints.FIRST_COMPONENT, 100);

        assertEquals(9, points.shown());
        assertArrayEquals(new double[] {0, 10, 20, 30, 50, 60, 70, 80, 90}, points.x());
        assertArrayEquals(new int[] {0, 1, 0, 1, 1, 0, 1, 0, 1}, points.segment());
    }

    @Test
    void givenASample_whenPlaced_thenEachCentreIsTheMeanOfAllTheSegmentsCustomers() {
        ScatterPoints points = ScatterPoints.of(segmentation(), table(), ScatterPoints.FIRST_COMPONENT, ScatterPoints.SECOND_COMPONENT, 5);

        // odd customers are not drawn, but their segment's centre is still there: (1+3+5+7+9)/5
        assertArrayEquals(new double[] {4, 5}, points.centreX());
        assertArrayEquals(new double[] {-4, -5}, points.centreY());
    }

    @Test
    void givenAFeatureAxisWithAGap_whenPlaced_thenTheCentreLeavesThatCustomerOut() {
        ScatterPoints points = ScatterPoints.of(segmentation(), table(), "Spend", ScatterPoints.FIRST_COMPONENT, 100);

        // segment 0 without customer 4: spend (0+20+60+80)/4, component (0+2+6+8)/4
        assertArrayEquals(new double[] {40, 50}, points.centreX());
        assertArrayEquals(new double[] {4, 5}, points.centreY());
    }
}
