package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
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
}
