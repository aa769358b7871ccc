package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final ScorecardThresholds T = ScorecardThresholds.DEFAULTS;

    private static PersonaProfile profile(double customerShare, double revenueShare) {
        return new PersonaProfile(0, 1, 10, customerShare, revenueShare, Double.NaN, List.of(), List.of(), null);
    }

    @Test
    void givenSharesAroundTheThresholds_whenScoredOnSize_thenLightsAndReasonsFollowCustomersThenRevenue() {
        assertEquals(new Check(Criterion.SUBSTANTIAL, Light.GREEN, "12.0% of customers bring 30.0% of revenue."),
                ScorecardBuilder.substantial(profile(0.12, 0.30), T));
        assertEquals(new Check(Criterion.SUBSTANTIAL, Light.AMBER,
                "4.0% of customers bring 2.0% of revenue: small, below 5.0% of customers."),
                ScorecardBuilder.substantial(profile(0.04, 0.02), T));
        assertEquals(Light.AMBER, ScorecardBuilder.substantial(profile(0.02, 0.10), T).light(), "few but valuable");
        assertEquals(Light.AMBER, ScorecardBuilder.substantial(profile(0.20, 0.005), T).light(), "many but worthless");
        assertEquals(new Check(Criterion.SUBSTANTIAL, Light.RED,
                "Only 2.0% of customers bring 1.0% of revenue, below 3.0% of customers."),
                ScorecardBuilder.substantial(profile(0.02, 0.01), T));
    }

    @Test
    void givenEmailsAndConsent_whenScoredOnReach_thenOnlyValidAddressesWithConsentCount() {
        CustomerTable table = new CustomerTable(new String[] {"a", "b", "c", "d"},
                new String[] {"a@example.com", "b@shop.example.org", "c@localhost", "d@example.com"},
                new String[4], new String[4], List.of(new Feature("Spend", FeatureKind.MONEY, true)),
                new double[][] {{1, 2, 3, 4}},
                List.of(new CategoryColumn("Marketing opt-in", new String[] {"Yes", "no", "yes", "TRUE"})));
        SegmentationResult result = new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend"),
                new int[] {0, 0, 0, 1}, new double[][] {{0}, {1}}, 0, 1, new float[4], new float[4], "t", Instant.EPOCH);

        ScorecardBuilder.Reach reach = ScorecardBuilder.Reach.of(table, result);

        // segment 0: a and b valid (c has no dot in its domain), only a consented: 1 of 3
        assertEquals(new Check(Criterion.CONTACTABLE, Light.RED,
                "66.7% have a valid email; 33.3% also consented (Marketing opt-in)."),
                ScorecardBuilder.contactable(reach, 0, T));
        assertEquals(Light.GREEN, ScorecardBuilder.contactable(reach, 1, T).light());
    }

    @Test
    void givenThreeSegmentsTwoOfThemTwins_whenScored_thenTheTwinsAreRedAndAMergeIsSuggested() {
        CustomerTable table = new CustomerTable(new String[] {"a", "b", "c", "d", "e", "f"},
                new String[] {"a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io", "f@x.io"}, new String[6], new String[6],
                List.of(new Feature("Spend", FeatureKind.MONEY, true)), new double[][] {{1, 1, 9, 9, 2, 2}});
        SegmentationResult result = new SegmentationResult(SegmentationOptions.withK(3), List.of("Spend"),
                new int[] {0, 0, 1, 1, 2, 2}, new double[][] {{0, 0}, {3, 0}, {0.5, 0}}, 0, 1, new float[6],
                new float[6], "t", Instant.EPOCH).withIdentities(new int[] {0, 1, 4});
        // centres 0.5 apart, each spread 1: separation 0.5 / (1 + 1) = 0.25
        SegmentGeometry geometry = new SegmentGeometry(result.centroids(), new int[] {0, 2, 4}, new double[] {1, 1, 1});
        List<PersonaProfile> profiles = PersonaProfiler.profile(table, result, geometry);

        Scorecard card = ScorecardBuilder.score(table, result, profiles, StrategyPlanner.plan(table, result), geometry,
                T, ActionVocabulary.defaults());

        assertEquals(0.25, geometry.separation(0, 2), 1e-12);
        assertEquals(new Check(Criterion.DIFFERENTIABLE, Light.RED,
                "Separation 0.25 from the nearest, segment 5: hard to tell apart."),
                card.segment(0).check(Criterion.DIFFERENTIABLE));
        // segment 2 (number 2) is 2.5 / 2 = 1.25 from its nearest, number 5
        assertEquals(Light.GREEN, card.segment(1).light(Criterion.DIFFERENTIABLE));
        assertEquals(5, card.segment(1).nearestNumber());
        assertEquals(List.of(new MergeSuggestion(1, 5, 0.25)), card.merges());
        assertEquals(List.of(
                "Segment 1 is not differentiable: separation 0.25 from the nearest, segment 5: hard to tell apart.",
                "Segment 5 is not differentiable: separation 0.25 from the nearest, segment 1: hard to tell apart.",
                "Segments 1 and 5 are near-twins: consider merging (fewer segments)."), card.warnings());
        assertEquals(new Check(Criterion.ACTIONABLE, Light.GREEN, "Action: Retain (100.0% of its customers)."),
                card.segment(1).check(Criterion.ACTIONABLE));
        assertEquals(Light.GREEN, card.segment(1).light(Criterion.SUBSTANTIAL));
    }

    @Test
    void givenBoundsOutOfOrder_whenThresholdsAreMade_thenTheyAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScorecardThresholds(0.03, 0.05, 0.01, 0.8, 0.5, 0.6, 0.4));
        assertThrows(IllegalArgumentException.class, () -> new ScorecardThresholds(0.05, 0.03, 0.01, 0.8, 0.5, 0.3, 0.4));
        assertThrows(IllegalArgumentException.class, () -> new ScorecardThresholds(1.5, 0.03, 0.01, 0.8, 0.5, 0.6, 0.4));
    }
}
