package io.personae.analytics.segmentation;

import static io.personae.analytics.segmentation.KnownStructure.adjustedRand;
import static io.personae.analytics.segmentation.KnownStructure.blobs;
import static io.personae.analytics.segmentation.KnownStructure.numbers;
import static io.personae.analytics.segmentation.KnownStructure.table;
import static io.personae.analytics.segmentation.KnownStructure.truth;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/// Each method recovers segments of known structure, and does it the same way every time.
class AlgorithmsTest {

    private static SegmentationOptions options(Method method, int k, List<String> categories) {
        return new SegmentationOptions(k, 7, 3, 300, method, List.of(), categories, MissingValues.MEDIAN, null);
    }

    /// Three groups with very different spreads: a tight one, a medium one and a wide one.
    private static CustomerTable unevenSpreads(int perGroup) {
        return table(numbers(2), blobs(new double[][] {{0, 0}, {6, 0}, {0, 14}}, new double[] {0.3, 1, 2.5}, perGroup, 11),
                List.of());
    }

    @Test
    void givenGroupsWithDifferentSpreads_whenGaussianMixture_thenTheGroupsAreRecovered() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(unevenSpreads(150), options(Method.GAUSSIAN_MIXTURE, 3, List.of()),
                ProgressMonitor.NONE);

        assertTrue(adjustedRand(truth(3, 150), result.assignment()) >= 0.9);
        assertTrue(result.iterations() >= 1);
    }

    @Test
    void givenTheSameOptions_whenGaussianMixtureRunsTwice_thenAssignmentsAreIdentical() throws SegmentationException {
        SegmentationOptions options = options(Method.GAUSSIAN_MIXTURE, 4, List.of());

        int[] first = Segmenter.segment(unevenSpreads(100), options, ProgressMonitor.NONE).assignment();
        int[] second = Segmenter.segment(unevenSpreads(100), options, ProgressMonitor.NONE).assignment();

        assertArrayEquals(first, second);
    }

    @Test
    void givenSeparatedGroups_whenWard_thenTheGroupsAreRecoveredExactly() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(unevenSpreads(100), options(Method.WARD, 3, List.of()),
                ProgressMonitor.NONE);

        assertEquals(1.0, adjustedRand(truth(3, 100), result.assignment()), 1e-12);
        assertArrayEquals(new int[] {100, 100, 100}, result.sizes());
    }

    @Test
    void givenMoreCustomersThanTheSample_whenWard_thenTheRestJoinTheNearestSegment() throws SegmentationException {
        CustomerTable many = table(numbers(2), blobs(new double[][] {{0, 0}, {10, 0}}, new double[] {1, 1}, 1_100, 3),
                List.of());

        SegmentationResult result = Segmenter.segment(many, options(Method.WARD, 2, List.of()), ProgressMonitor.NONE);

        assertTrue(many.size() > WardClustering.SAMPLE);
        assertTrue(adjustedRand(truth(2, 1_100), result.assignment()) >= 0.99);
    }

    @Test
    void givenASeed_whenWardSamples_thenTheSampleIsSortedAndRepeatable() {
        int[] first = WardClustering.sample(10_000, 5);

        assertEquals(WardClustering.SAMPLE, first.length);
        assertArrayEquals(first, WardClustering.sample(10_000, 5));
        for (int s = 1; s < first.length; s++) {
            assertTrue(first[s] > first[s - 1]);
        }
        assertTrue(!java.util.Arrays.equals(first, WardClustering.sample(10_000, 6)));
    }

    /// Groups A and B share their numbers but not their colour; A and C share their colour but
    /// not their numbers: only numbers and categories together tell all three apart.
    private static CustomerTable mixed(int perGroup) {
        double[][] columns = blobs(new double[][] {{0}, {0}, {8}}, new double[] {1, 1, 1}, perGroup, 5);
        String[] colour = new String[3 * perGroup];
        for (int i = 0; i < colour.length; i++) {
            colour[i] = i / perGroup == 1 ? "blue" : "red";
        }
        return table(numbers(1), columns, List.of(new CategoryColumn("Colour", colour)));
    }

    @Test
    void givenGroupsTellApartOnlyByNumbersAndCategoryTogether_whenKPrototypes_thenTheyAreRecovered()
            throws SegmentationException {
        SegmentationResult result = Segmenter.segment(mixed(60), options(Method.K_PROTOTYPES, 3, List.of("Colour")),
                ProgressMonitor.NONE);

        assertEquals(1.0, adjustedRand(truth(3, 60), result.assignment()), 1e-12);
        assertEquals(List.of("x1", "Colour: blue", "Colour: red"), result.featureNames());
    }

    @Test
    void givenOnlyCategories_whenKPrototypes_thenItWorksAsKModes() throws SegmentationException {
        String[] size = new String[90];
        String[] channel = new String[90];
        for (int i = 0; i < 90; i++) {
            int group = i / 30;
            size[i] = group == 0 ? "small" : "large";
            channel[i] = group == 2 ? "shop" : "web";
            if (i % 10 == 9) {
                channel[i] = "phone";
            }
        }
        CustomerTable categorical = table(List.of(), new double[0][], List.of(new CategoryColumn("Size", size),
                new CategoryColumn("Channel", channel)));

        SegmentationResult result = Segmenter.segment(categorical,
                options(Method.K_PROTOTYPES, 3, List.of("Size", "Channel")), ProgressMonitor.NONE);

        assertTrue(adjustedRand(truth(3, 30), result.assignment()) >= 0.9);
    }

    @Test
    void givenTheUserCancelsDuringTheRun_whenAnyMethodRuns_thenItStopsWithinAFewUpdates() {
        for (Method method : List.of(Method.KMEANS, Method.GAUSSIAN_MIXTURE, Method.WARD, Method.K_PROTOTYPES)) {
            AtomicInteger updates = new AtomicInteger();
            CancellableProgress[] progress = new CancellableProgress[1];
            // the first update is "Preparing features"; cancel at the algorithm's first one
            progress[0] = new CancellableProgress((fraction, message) -> {
                if (updates.incrementAndGet() == 2) {
                    progress[0].cancel();
                }
            });

            assertThrows(CancelledException.class, () -> Segmenter.segment(unevenSpreads(200),
                    options(method, 3, List.of()), progress[0]), method.label());
            assertTrue(updates.get() <= 3, method.label() + " went on for " + updates.get() + " updates");
        }
    }
}
