package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaProfilerTest {

    /// Six customers: segment 0 spends 1, 2, 3 and is mostly German; segment 1 spends 5, 6, 7 and is French.
    static final CustomerTable TABLE = new CustomerTable(
            new String[] {"a", "b", "c", "d", "e", "f"},
            new String[] {"a@example.com", "b@example.com", "not an email", null, "e@example.com", "f@example.com"},
            new String[] {"Ann", "Bob", "Cy", "Dee", "Eve", "Fay"},
            new String[] {"A", "B", "C", "D", "E", "F"},
            List.of(new Feature("Spend", FeatureKind.NUMBER, true), new Feature("Profit margin", FeatureKind.NUMBER, false)),
            new double[][] {{1, 2, 3, 5, 6, 7}, {1, 1, 1, 3, 3, 3}},
            List.of(new CategoryColumn("Country", new String[] {"DE", "DE", "FR", "FR", "FR", "FR"})));

    static SegmentationResult result(int[] assignment) {
        SegmentationOptions options = new SegmentationOptions(2, SegmentationOptions.DEFAULT_SEED,
                SegmentationOptions.DEFAULT_RESTARTS, SegmentationOptions.DEFAULT_MAX_ITERATIONS, Method.KMEANS,
                List.of(new FeatureChoice("Spend", Scaling.STANDARDISE)), List.of(), MissingValues.MEDIAN, null);
        return new SegmentationResult(options, List.of("Spend"), assignment, new double[][] {{-1}, {1}}, 1, 1,
                new float[6], new float[6], "test", Instant.EPOCH);
    }

    @Test
    void givenTwoSegments_whenProfiled_thenMediansMeansLiftAndEffectSizeAreTheHandComputedOnes() throws Exception {
        List<PersonaProfile> profiles = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, 0, 1, 1, 1}));

        FeatureStats spend = profiles.get(0).feature("Spend").orElseThrow();
        assertEquals(2, spend.segmentMedian(), 1e-12);
        assertEquals(4, spend.overallMedian(), 1e-12);
        assertEquals(2, spend.segmentMean(), 1e-12);
        assertEquals(4, spend.overallMean(), 1e-12);
        assertEquals(0.5, spend.lift(), 1e-12);
        // means 2 and 6, both sample variances 1, pooled sd 1: d = (2 - 6) / 1
        assertEquals(-4, spend.effectSize(), 1e-9);
        assertEquals(4, profiles.get(1).feature("Spend").orElseThrow().effectSize(), 1e-9);
    }

    @Test
    void givenARevenueAndAMarginFeature_whenProfiled_thenSharesOfCustomersRevenueAndProfitAreGiven() throws Exception {
        PersonaProfile first = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, 0, 1, 1, 1})).get(0);

        assertEquals(0.5, first.customerShare(), 1e-12);
        assertEquals(6.0 / 24, first.revenueShare(), 1e-12);
        assertEquals(3.0 / 12, first.profitShare(), 1e-12);
    }

    @Test
    void givenACustomerLeftOut_whenProfiled_thenSharesAndTheBaseStillCountThem() throws Exception {
        PersonaProfile first = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, -1, 1, 1, 1})).get(0);

        assertEquals(2, first.size());
        assertEquals(2.0 / 6, first.customerShare(), 1e-12);
        assertEquals(1.5, first.feature("Spend").orElseThrow().segmentMedian(), 1e-12);
        assertEquals(4, first.feature("Spend").orElseThrow().overallMean(), 1e-12);
    }

    @Test
    void givenACategory_whenProfiled_thenTheSegmentsMakeUpStandsAgainstTheBaseMostCommonFirst() throws Exception {
        CategoryMakeup country = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, 0, 1, 1, 1})).get(0)
                .categories().getFirst();

        assertEquals("Country", country.category());
        assertEquals(new CategoryShare("DE", 2.0 / 3, 2.0 / 6), country.top(1).getFirst());
        assertEquals(new CategoryShare("FR", 1.0 / 3, 4.0 / 6), country.shares().get(1));
        assertEquals(2, country.top(1).getFirst().lift(), 1e-12);
    }

    @Test
    void givenStandardisedSpend_whenProfiled_thenTheTypicalCustomerIsTheOneNearestEachCentroid() throws Exception {
        // spend standardised: 1, 2, 3 lie at -1.27, -0.85, -0.42 sd; centroid -1 is nearest 2 (Bob)
        List<PersonaProfile> profiles = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, 0, 1, 1, 1}));

        TypicalCustomer bob = profiles.get(0).typicalCustomer().orElseThrow();
        assertEquals("b", bob.id());
        assertEquals("Bob", bob.firstName());
        assertEquals(2.0, bob.features().get("Spend"));
        assertEquals("DE", bob.categories().get("Country"));
        assertEquals("e", profiles.get(1).typicalCustomer().orElseThrow().id());
    }

    @Test
    void givenTwoFeatures_whenRanked_thenTheOneWithTheLargerEffectComesFirst() throws Exception {
        PersonaProfile first = PersonaProfiler.profile(TABLE, result(new int[] {0, 0, 0, 1, 1, 1})).get(0);

        // the margin splits the segments with no spread inside them: no effect size can be told
        assertTrue(Double.isNaN(first.feature("Profit margin").orElseThrow().effectSize()));
        assertEquals(List.of("Spend", "Profit margin"),
                first.distinguishing().stream().map(FeatureStats::feature).toList());
    }

    @Test
    void givenAnEvenAndAnOddRange_whenTheMedianIsSelected_thenItMatchesTheSortedMiddle() {
        assertEquals(4, Medians.median(new double[] {7, 1, 5, 2, 6, 3}, 0, 6), 1e-12);
        assertEquals(3.5, Medians.median(new double[] {4, 1, 3, 2, 5, 6, 1, 9}, 0, 8), 1e-12);
        assertEquals(5, Medians.median(new double[] {9, 5, 1, 5, 5}, 0, 5), 1e-12);
        assertTrue(Double.isNaN(Medians.median(new double[0], 0, 0)));
    }
}
