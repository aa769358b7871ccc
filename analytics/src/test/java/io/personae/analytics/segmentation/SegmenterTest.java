package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static CustomerTable table(List<Feature> features, double[]... columns) {
        int n = columns[0].length;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + (i + 1);
        }
        return new CustomerTable(ids, new String[n], new String[n], new String[n], features, columns);
    }

    private static Feature number(String name) {
        return new Feature(name, FeatureKind.NUMBER, false);
    }

    /// Three groups of sizes 4, 3 and 2 on "Age", plus a constant "Country code".
    private static CustomerTable groupsWithConstant() {
        return table(List.of(number("Age"), number("Country code")),
                new double[] {20, 21, 22, 20, 50, 51, 52, 80, 81},
                new double[] {44, 44, 44, 44, 44, 44, 44, 44, 44});
    }

    @Test
    void givenAConstantFeature_whenSegmented_thenItIsLeftOut() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(groupsWithConstant(), SegmentationOptions.withK(3),
                ProgressMonitor.NONE);

        assertEquals(List.of("Age"), result.featureNames());
        assertEquals(1, result.centroids()[0].length);
    }

    @Test
    void givenGroupsOfDifferentSizes_whenSegmented_thenSegmentsAreNumberedLargestFirst() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(groupsWithConstant(), SegmentationOptions.withK(3),
                ProgressMonitor.NONE);

        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2}, result.assignment());
        assertArrayEquals(new int[] {4, 3, 2}, result.sizes());
    }

    @Test
    void givenTheSameTableAndOptions_whenSegmentedTwice_thenAssignmentAndFingerprintMatch()
            throws SegmentationException {
        SegmentationResult first = Segmenter.segment(groupsWithConstant(), SegmentationOptions.withK(2),
                ProgressMonitor.NONE);
        SegmentationResult second = Segmenter.segment(groupsWithConstant(), SegmentationOptions.withK(2),
                ProgressMonitor.NONE);

        assertArrayEquals(first.assignment(), second.assignment());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(16, first.fingerprint().length());
    }

    @Test
    void givenFewerCustomersThanSegments_whenSegmented_thenTheMessageSaysHowManyAreAllowed() {
        CustomerTable three = table(List.of(number("Age")), new double[] {20, 30, 40});

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(three, SegmentationOptions.withK(5), ProgressMonitor.NONE));

        assertEquals("Only 3 customers: choose at most 3 segments.", e.getMessage());
    }

    @Test
    void givenAnInfiniteValue_whenSegmented_thenTheMessageNamesFeatureAndCustomer() {
        CustomerTable broken = table(List.of(number("Age"), number("Income")),
                new double[] {20, 30, 40}, new double[] {1, Double.POSITIVE_INFINITY, 3});

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(broken, SegmentationOptions.withK(2), ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("\"Income\""), e.getMessage());
        assertTrue(e.getMessage().contains("c2"), e.getMessage());
    }

    @Test
    void givenOnlyConstantOrEmptyFeatures_whenSegmented_thenTheMessageSaysNothingVaries() {
        CustomerTable flat = table(List.of(number("Age"), number("Score")),
                new double[] {30, 30, 30}, new double[] {Double.NaN, Double.NaN, Double.NaN});

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(flat, SegmentationOptions.withK(2), ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("No feature varies"), e.getMessage());
    }

    @Test
    void givenMissingValues_whenSegmented_thenTheyTakeTheMedianAndCentroidsAreFinite() throws SegmentationException {
        CustomerTable gaps = table(List.of(number("Age")), new double[] {20, 21, Double.NaN, 60, 61, 62});

        SegmentationResult result = Segmenter.segment(gaps, SegmentationOptions.withK(2), ProgressMonitor.NONE);

        // the median of the present values is 60, so the gap joins the older group
        assertArrayEquals(new int[] {1, 1, 0, 0, 0, 0}, result.assignment());
        for (double[] centroid : result.centroids()) {
            assertFalse(Double.isNaN(centroid[0]));
        }
    }

    @Test
    void givenMoreSegmentsThanDistinctCustomers_whenSegmented_thenTheMessageSaysHowManyDiffer() {
        CustomerTable twins = table(List.of(number("Age")), new double[] {20, 20, 20, 70, 70});

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(twins, SegmentationOptions.withK(3), ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("only 2 different profiles"), e.getMessage());
    }

    @Test
    void givenASingleFeature_whenSegmented_thenTheSecondChartCoordinateIsZero() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(groupsWithConstant(), SegmentationOptions.withK(2),
                ProgressMonitor.NONE);

        for (float y : result.projectionY()) {
            assertEquals(0f, y);
        }
    }
}
