package io.personae.analytics.segmentation;

import static io.personae.analytics.segmentation.KnownStructure.number;
import static io.personae.analytics.segmentation.KnownStructure.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Which features, categories and customers go in, and what users are told about it.
class SegmentationInputsTest {

    private static final double NAN = Double.NaN;

    /// Age splits 20s from 60s; Income is noise with one gap; Score is constant.
    private static CustomerTable people() {
        return table(List.of(number("Age"), new Feature("Income", FeatureKind.MONEY, false), number("Score")),
                new double[][] {
                    {20, 21, 22, 23, 60, 61, 62, 63},
                    {100, NAN, 120, 90, 110, 100, 95, 105},
                    {5, 5, 5, 5, 5, 5, 5, 5},
                }, List.of(new CategoryColumn("Country", new String[] {"UK", "UK", "UK", "UK", "FR", "FR", "FR", null})));
    }

    private static SegmentationOptions options(List<FeatureChoice> features, List<String> categories, MissingValues missing) {
        return new SegmentationOptions(2, 42, 4, 300, Method.KMEANS, features, categories, missing, null);
    }

    @Test
    void givenAnUnknownFeature_whenSegmented_thenTheMessageNamesItAndListsTheAvailableOnes() {
        SegmentationOptions options = options(List.of(new FeatureChoice("Agee", Scaling.AUTO)), List.of(), MissingValues.MEDIAN);

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(people(), options, ProgressMonitor.NONE));

        assertEquals("There is no feature \"Agee\". Choose from: Age, Income, Score.", e.getMessage());
    }

    @Test
    void givenAConstantFeatureChosenExplicitly_whenSegmented_thenTheMessageSaysToRemoveIt() {
        SegmentationOptions options = options(List.of(new FeatureChoice("Age", Scaling.AUTO),
                new FeatureChoice("Score", Scaling.STANDARDISE)), List.of(), MissingValues.MEDIAN);

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.inputs(people(), options));

        assertTrue(e.getMessage().startsWith("Feature \"Score\" is the same for every customer"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Remove it from the chosen features."), e.getMessage());
    }

    @Test
    void givenTheDefaultFeatures_whenDescribed_thenAConstantOneIsLeftOutWithANoteAndGapsAreReported()
            throws SegmentationException {
        SegmentationInputs inputs = Segmenter.inputs(people(), SegmentationOptions.withK(2));

        assertEquals(List.of(new FeatureChoice("Age", Scaling.STANDARDISE), new FeatureChoice("Income", Scaling.LOG)),
                inputs.features());
        assertEquals(List.of("k-means on Age (standardise), Income (log, then standardise).",
                "Missing values: 1 customer had gaps in Income; filled with the median.",
                "Left out Score: the same for every customer, or empty."), inputs.lines());
    }

    @Test
    void givenChosenFeatures_whenSegmented_thenOnlyThoseAreUsed() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(people(),
                options(List.of(new FeatureChoice("Age", Scaling.RANK)), List.of(), MissingValues.MEDIAN), ProgressMonitor.NONE);

        assertEquals(List.of("Age"), result.featureNames());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, result.assignment());
    }

    @Test
    void givenACategory_whenSegmentedWithKMeans_thenItIsOneHotEncodedWithUnitVarianceWeight() throws SegmentationException {
        SegmentationOptions options = options(List.of(new FeatureChoice("Age", Scaling.AUTO)), List.of("Country"),
                MissingValues.MEDIAN);

        SegmentationResult result = Segmenter.segment(people(), options, ProgressMonitor.NONE);
        ScaledFeatures scaled = ScaledFeatures.of(people(), options);

        assertEquals(List.of("Age", "Country: FR", "Country: UK"), result.featureNames());
        // the gap takes the most common value (UK: 5 of 8), so shares are 3/8 and 5/8
        double weight = 1 / Math.sqrt(1 - (9.0 + 25.0) / 64);
        assertArrayEquals(new double[] {0, weight}, java.util.Arrays.copyOfRange(scaled.values(), 1, 3), 1e-12);
        assertArrayEquals(new double[] {weight, 0}, java.util.Arrays.copyOfRange(scaled.values(), 4 * 3 + 1, 4 * 3 + 3), 1e-12);
        assertArrayEquals(new double[] {0, weight}, java.util.Arrays.copyOfRange(scaled.values(), 7 * 3 + 1, 7 * 3 + 3), 1e-12);
    }

    @Test
    void givenAnUnknownCategory_whenSegmented_thenTheMessageListsTheCategoryColumns() {
        SegmentationException e = assertThrows(SegmentationException.class, () -> Segmenter.segment(people(),
                options(List.of(), List.of("Region"), MissingValues.MEDIAN), ProgressMonitor.NONE));

        assertEquals("There is no category column \"Region\". Choose from: Country.", e.getMessage());
    }

    @Test
    void givenGapsAndDrop_whenSegmented_thenThoseCustomersGetNoSegment() throws SegmentationException {
        SegmentationOptions options = options(List.of(), List.of("Country"), MissingValues.DROP);

        SegmentationResult result = Segmenter.segment(people(), options, ProgressMonitor.NONE);

        assertArrayEquals(new int[] {0, -1, 0, 0, 1, 1, 1, -1}, result.assignment());
        assertEquals("Missing values: 2 customers had gaps in Income (1), Country (1); left out of the segmentation.",
                Segmenter.inputs(people(), options).lines().get(2));
    }

    @Test
    void givenGapsAndOwnCategory_whenSegmented_thenThoseCustomersFormTheLastSegment() throws SegmentationException {
        SegmentationOptions options = options(List.of(), List.of(), MissingValues.OWN_CATEGORY);

        SegmentationResult result = Segmenter.segment(people(), options, ProgressMonitor.NONE);

        assertEquals(3, result.k());
        // four complete older customers, three younger ones, then the one with a gap
        assertArrayEquals(new int[] {1, 2, 1, 1, 0, 0, 0, 0}, result.assignment());
        assertArrayEquals(new int[] {0, 1, 2}, result.identities());
    }

    @Test
    void givenTooFewCustomersWithoutGaps_whenDropped_thenTheMessageSaysWhatToChange() {
        CustomerTable gappy = table(List.of(number("Age")), new double[][] {{20, 30, NAN, NAN}}, List.of());
        SegmentationOptions three = new SegmentationOptions(3, 42, 4, 300, Method.KMEANS, List.of(), List.of(),
                MissingValues.DROP, null);

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(gappy, three, ProgressMonitor.NONE));

        assertEquals("Only 2 customers have no gaps in Age: choose at most 2 segments, fill the gaps with the median, "
                + "or leave out Age.", e.getMessage());
    }

    @Test
    void givenAnInfiniteValueInAChosenFeature_whenSegmented_thenTheMessageNamesFeatureAndCustomer() {
        CustomerTable broken = table(List.of(number("Age")), new double[][] {{20, Double.NEGATIVE_INFINITY, 40}}, List.of());

        SegmentationException e = assertThrows(SegmentationException.class, () -> Segmenter.segment(broken,
                options(List.of(new FeatureChoice("Age", Scaling.ROBUST)), List.of(), MissingValues.MEDIAN),
                ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("Feature \"Age\" is infinite for customer c2."), e.getMessage());
    }

    @Test
    void givenASingleCustomer_whenSegmented_thenTheMessageAsksForMore() {
        CustomerTable one = table(List.of(number("Age")), new double[][] {{20}}, List.of());

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(one, SegmentationOptions.withK(2), ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("Only 1 customer"), e.getMessage());
    }

    @Test
    void givenACategoryWithASingleValue_whenChosen_thenTheMessageSaysItCannotTellCustomersApart() {
        CustomerTable flat = table(List.of(number("Age")), new double[][] {{20, 30, 40}},
                List.of(new CategoryColumn("Country", new String[] {"UK", "UK", null})));

        SegmentationException e = assertThrows(SegmentationException.class, () -> Segmenter.segment(flat,
                options(List.of(), List.of("Country"), MissingValues.MEDIAN), ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("Category \"Country\" has a single value"), e.getMessage());
    }
}
