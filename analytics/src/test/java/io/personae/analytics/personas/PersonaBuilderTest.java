package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaBuilderTest {

    private static final double EXACT = 1e-12;

    /// Four customers: spend 10, 20, 30, 140 (total 200); orders 1, missing, 3, 4.
    private static CustomerTable table(boolean spendIsRevenue) {
        String[] none = new String[4];
        return new CustomerTable(new String[] {"a", "b", "c", "d"}, none, none, none,
                List.of(new Feature("Spend", FeatureKind.MONEY, spendIsRevenue), new Feature("Orders", FeatureKind.COUNT, false)),
                new double[][] {{10, 20, 30, 140}, {1, Double.NaN, 3, 4}});
    }

    /// Customers a, b, c in segment 0, d in segment 1.
    private static SegmentationResult result(int customers) {
        int[] assignment = customers == 4 ? new int[] {0, 0, 0, 1} : new int[] {0, 1};
        return new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend", "Orders"), assignment,
                new double[][] {{-0.6, -0.7}, {1.7, 1.2}}, 1.0, 3, new float[customers], new float[customers],
                "0123456789abcdef", Instant.EPOCH);
    }

    @Test
    void givenATinyTable_whenBuilt_thenSizesAndSharesAreThoseCounted() {
        List<Persona> personas = PersonaBuilder.build(table(true), result(4));

        assertEquals(2, personas.size());
        assertEquals(3, personas.get(0).size());
        assertEquals(0.75, personas.get(0).customerShare(), EXACT);
        assertEquals(0.3, personas.get(0).revenueShare(), EXACT);
        assertEquals(0.7, personas.get(1).revenueShare(), EXACT);
    }

    @Test
    void givenATinyTable_whenBuilt_thenProfilesCompareSegmentAndOverallMeansIgnoringGaps() {
        List<Persona> personas = PersonaBuilder.build(table(true), result(4));

        FeatureProfile spend = personas.get(0).profile().get(0);
        assertEquals("Spend", spend.feature());
        assertEquals(20, spend.segmentMean(), EXACT);
        assertEquals(50, spend.overallMean(), EXACT);
        assertEquals(0.4, spend.lift(), EXACT);
        FeatureProfile orders = personas.get(0).profile().get(1);
        assertEquals(2, orders.segmentMean(), EXACT);
        assertEquals(8.0 / 3, orders.overallMean(), EXACT);
        assertEquals(2.8, personas.get(1).profile().get(0).lift(), EXACT);
    }

    @Test
    void givenNoRevenueFeature_whenBuilt_thenRevenueShareIsNaN() {
        List<Persona> personas = PersonaBuilder.build(table(false), result(4));

        assertFalse(personas.get(0).hasRevenue());
        assertTrue(Double.isNaN(personas.get(1).revenueShare()));
    }

    @Test
    void givenAResultForAnotherTable_whenBuilt_thenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PersonaBuilder.build(table(true), result(2)));
    }

    @Test
    void givenStandOutCentroids_whenBuilt_thenPersonasAreNamedAfterThem() {
        List<Persona> personas = PersonaBuilder.build(table(true), result(4));

        assertEquals("Low orders, low spend", personas.get(0).name());
        assertEquals("High spend, high orders", personas.get(1).name());
    }

    /// A run on the four customers of [#table] with the given assignment and centroids.
    private static SegmentationResult run(int[] assignment, double[][] centroids) {
        return new SegmentationResult(SegmentationOptions.withK(centroids.length), List.of("Spend", "Orders"), assignment,
                centroids, 1.0, 3, new float[4], new float[4], "0123456789abcdef", Instant.EPOCH);
    }

    /// The run of [#result], shown with names the user has come to know.
    private static Segmentation named() {
        SegmentationResult result = result(4);
        List<Persona> generated = PersonaBuilder.build(table(true), result);
        return new Segmentation(result, List.of(rename(generated.get(0), "Bargain hunters"),
                rename(generated.get(1), "Typical customers")));
    }

    private static Persona rename(Persona persona, String name) {
        return new Persona(persona.segment(), name, persona.size(), persona.customerShare(), persona.revenueShare(),
                persona.profile());
    }

    @Test
    void givenCustomersLeftOut_whenBuilt_thenTheyCountInNoSegmentAndSharesAreOfAllCustomers() {
        SegmentationResult withGap = run(new int[] {0, -1, 0, 1}, new double[][] {{-0.6, -0.7}, {1.7, 1.2}});

        List<Persona> personas = PersonaBuilder.build(table(true), withGap);

        assertEquals(2, personas.get(0).size());
        assertEquals(0.5, personas.get(0).customerShare(), EXACT);
        assertEquals(0.25, personas.get(1).customerShare(), EXACT);
        assertEquals(0.2, personas.get(0).revenueShare(), EXACT);
        FeatureProfile spend = personas.get(0).profile().get(0);
        assertEquals(20, spend.segmentMean(), EXACT);
        assertEquals(50, spend.overallMean(), EXACT);
    }

    @Test
    void givenAPreviousSegmentation_whenASegmentSplitsOff_thenMatchedPersonasKeepTheirNamesAndTheNewOneIsUnique() {
        Segmentation previous = named();
        // customer c leaves the first segment for a new, unremarkable one
        SegmentationResult next = SegmentMatcher.align(previous.result(),
                run(new int[] {0, 0, 2, 1}, new double[][] {{-0.6, -0.7}, {1.7, 1.2}, {0.1, 0.1}}));

        List<Persona> personas = PersonaBuilder.build(table(true), next, previous);

        assertArrayEquals(new int[] {0, 1, 2}, next.identities());
        assertEquals("Bargain hunters", personas.get(0).name());
        assertEquals("Typical customers", personas.get(1).name());
        assertEquals("Typical customers (2)", personas.get(2).name());
    }

    @Test
    void givenAResultNotAlignedToThePrevious_whenBuilt_thenOnlySegmentsCarryingTheMatchedIdentityKeepTheirNames() {
        Segmentation previous = named();
        // the same two groups, numbered the other way round by a run nobody aligned
        SegmentationResult unaligned = run(new int[] {1, 1, 1, 0}, new double[][] {{1.7, 1.2}, {-0.6, -0.7}});

        List<Persona> personas = PersonaBuilder.build(table(true), unaligned, previous);
        List<Persona> aligned = PersonaBuilder.build(table(true), SegmentMatcher.align(previous.result(), unaligned),
                previous);

        assertEquals(List.of("High spend, high orders", "Low orders, low spend"),
                personas.stream().map(Persona::name).toList());
        assertEquals(List.of("Typical customers", "Bargain hunters"), aligned.stream().map(Persona::name).toList());
    }

    @Test
    void givenNoPreviousSegmentation_whenBuilt_thenNamesAreGenerated() {
        List<Persona> personas = PersonaBuilder.build(table(true), result(4), null);

        assertEquals(List.of("Low orders, low spend", "High spend, high orders"),
                personas.stream().map(Persona::name).toList());
    }

    @Test
    void givenSegmentsTheMethodNamed_whenBuilt_thenPersonasTakeThoseNames() {
        SegmentationResult plain = result(4);
        SegmentationResult labelled = new SegmentationResult(plain.options(), plain.featureNames(), plain.assignment(),
                plain.centroids(), 1.0, 3, new float[4], new float[4], plain.fingerprint(), Instant.EPOCH,
                new int[] {0, 1}, List.of("Hibernating", "Champions"), null);

        List<Persona> personas = PersonaBuilder.build(table(true), labelled);

        assertEquals(List.of("Hibernating", "Champions"), personas.stream().map(Persona::name).toList());
    }

    @Test
    void givenAPreviousKMeansRun_whenTheSameCustomersAreScoredIntoNamedGroups_thenTheGroupNamesWinOverKeptNames() {
        Segmentation previous = named();
        SegmentationResult plain = result(4);
        SegmentationResult labelled = SegmentMatcher.align(previous.result(), new SegmentationResult(plain.options(),
                plain.featureNames(), plain.assignment(), plain.centroids(), 1.0, 3, new float[4], new float[4],
                plain.fingerprint(), Instant.EPOCH, new int[] {0, 1}, List.of("Hibernating", "Champions"), null));

        List<Persona> personas = PersonaBuilder.build(table(true), labelled, previous);

        assertArrayEquals(new int[] {0, 1}, labelled.identities());
        assertEquals(List.of("Hibernating", "Champions"), personas.stream().map(Persona::name).toList());
    }
}
