package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyPlannerTest {

    /// Ann: recent regular; Bob: big spender gone quiet; Cy: new one-off. Columns in
    /// [TransactionFeatures#FEATURES] order: recency, frequency, spend, average order, tenure.
    private static final CustomerTable ORDERS = new CustomerTable(
            new String[] {"ann", "bob", "cy"}, new String[3], new String[3], new String[3],
            TransactionFeatures.FEATURES,
            new double[][] {{10, 200, 5}, {5, 2, 1}, {100, 150, 30}, {20, 75, 30}, {100, 300, 5}});

    private static SegmentationResult result(int[] assignment) {
        return new SegmentationResult(SegmentationOptions.withK(2), List.of("x"), assignment, new double[][] {{0}, {1}},
                0, 1, new float[assignment.length], new float[assignment.length], "test", Instant.EPOCH);
    }

    @Test
    void givenThreeCustomers_whenPotentialIsComputed_thenItIsExpectedPurchasesTimesTheirBasket() {
        // pooled rate for one-off Cy: (4 + 1 + 0) repeat orders over (100 + 300 + 5) days
        double pooled = CustomerPotential.pooledRate(ORDERS.column(1), ORDERS.column(4));
        assertEquals(5.0 / 405, pooled, 1e-15);

        // Ann: rate 4/100, 90 x 0.04 x e^-0.4 = 2.41315 orders of 20
        assertEquals(48.26304, CustomerPotential.potential(10, 5, 100, 20, pooled), 1e-5);
        // Bob: rate 1/300, 0.3 x e^-(2/3) = 0.15403 orders of 75
        assertEquals(11.55189, CustomerPotential.potential(200, 2, 300, 75, pooled), 1e-5);
        // Cy: pooled rate, 90 x 5/405 x e^-(25/405) = 1.04460 orders of 30
        assertEquals(31.33794, CustomerPotential.potential(5, 1, 5, 30, pooled), 1e-5);
    }

    @Test
    void givenThreeCustomers_whenPlanned_thenEachGetsTheActionsOfTheirQuarterOfTheGrid() {
        CustomerStrategy strategy = StrategyPlanner.plan(ORDERS, result(new int[] {0, 0, 1}));

        // value median 100, potential median 31.34 (Cy's): above counts as high
        assertEquals(100, strategy.valueCut(), 1e-12);
        assertEquals(31.33794, strategy.potentialCut(), 1e-5);
        // Ann: low value (not above the median), high potential
        assertEquals(Optional.of(ActionType.UPGRADE), strategy.primary(0));
        assertEquals(Optional.of(ActionType.NURTURE), strategy.secondary(0));
        // Bob: high value, low potential: lapsing
        assertEquals(Optional.of(ActionType.WIN_BACK), strategy.primary(1));
        assertEquals(Optional.of(ActionType.RETAIN), strategy.secondary(1));
        // Cy: low and low, but bought 5 days ago, within twice the median recency of 10
        assertEquals(Optional.of(ActionType.MAINTAIN), strategy.primary(2));
        assertEquals(Optional.of(ActionType.NURTURE), strategy.secondary(2));
    }

    @Test
    void givenCustomerDataWithoutHistory_whenPlanned_thenValueAloneDecidesAndCountsFollowTheSegments() {
        CustomerTable customers = new CustomerTable(new String[] {"a", "b", "c", "d", "e"}, new String[5],
                new String[5], new String[5], List.of(new Feature("Income", FeatureKind.MONEY, false)),
                new double[][] {{10, 20, 30, 40, Double.NaN}});

        CustomerStrategy strategy = StrategyPlanner.plan(customers, result(new int[] {0, 0, 1, 1, 1}));

        assertFalse(strategy.hasPotential());
        assertEquals(Optional.of(ActionType.UPGRADE), strategy.primary(0));
        assertEquals(Optional.of(ActionType.RETAIN), strategy.primary(3));
        assertEquals(Optional.of(ActionType.GROW), strategy.secondary(3));
        assertEquals(Optional.empty(), strategy.primary(4), "no value: not placed");
        assertEquals(2, strategy.count(0, ActionType.UPGRADE));
        assertEquals(2, strategy.count(1, ActionType.RETAIN));
        assertEquals(2, strategy.count(ActionType.RETAIN));
        assertEquals(Optional.of(ActionType.UPGRADE), strategy.segmentAction(0));
        assertEquals(Optional.of(ActionType.RETAIN), strategy.segmentAction(1));
    }

    @Test
    void givenAVocabulary_whenALabelIsChangedOrRepeated_thenItIsUsedOrRefused() {
        ActionVocabulary vip = ActionVocabulary.defaults().with(ActionType.RETAIN, "VIP care");

        assertEquals("VIP care", vip.label(ActionType.RETAIN));
        assertEquals("Grow (cross-sell)", vip.label(ActionType.GROW));
        assertThrows(IllegalArgumentException.class, () -> vip.with(ActionType.GROW, "vip care"));
        assertThrows(IllegalArgumentException.class, () -> vip.with(ActionType.GROW, " "));
    }
}
