package io.personae.analytics.personas;

import java.util.Optional;

/// Every customer placed on the value-potential grid with a primary and a secondary action,
/// and the counts per action and segment (see [StrategyPlanner] for the rules).
///
/// Arrays are not copied (a million customers); callers must not modify them.
///
/// @param value         per customer, spend so far (or the first money feature); NaN when unknown
/// @param potential     per customer, expected spend in the next 90 days ([CustomerPotential]);
///                      NaN when the data has no purchase history to predict from
/// @param primary       per customer, the [ActionType] ordinal of the primary action; -1 when the
///                      customer could not be placed (no value)
/// @param secondary     per customer, the ordinal of the secondary action; -1 likewise
/// @param valueCut      the median value: above it counts as high value
/// @param potentialCut  the median potential: above it counts as high potential; NaN without potential
/// @param segmentCounts `segmentCounts[s][a]`: customers of segment `s` whose primary action has ordinal `a`
/// @param segmentAction per segment, the ordinal of its most common primary action; -1 when none was placed
public record CustomerStrategy(double[] value, double[] potential, byte[] primary, byte[] secondary,
        double valueCut, double potentialCut, int[][] segmentCounts, int[] segmentAction) {

    private static final ActionType[] TYPES = ActionType.values();

    public CustomerStrategy {
        int n = value.length;
        if (potential.length != n || primary.length != n || secondary.length != n) {
            throw new IllegalArgumentException("Every per-customer array needs one entry per customer");
        }
        if (segmentAction.length != segmentCounts.length) {
            throw new IllegalArgumentException("One action is needed per segment");
        }
    }

    public int size() {
        return value.length;
    }

    /// Customer `i`'s primary action; empty when they could not be placed.
    public Optional<ActionType> primary(int i) {
        return primary[i] < 0 ? Optional.empty() : Optional.of(TYPES[primary[i]]);
    }

    /// Customer `i`'s secondary action; empty when they could not be placed.
    public Optional<ActionType> secondary(int i) {
        return secondary[i] < 0 ? Optional.empty() : Optional.of(TYPES[secondary[i]]);
    }

    /// Whether customer `i` lies above the median value.
    public boolean highValue(int i) {
        return value[i] > valueCut;
    }

    /// Whether customer `i` lies above the median potential (always, without potential: no sign of lapsing).
    public boolean highPotential(int i) {
        return Double.isNaN(potentialCut) || potential[i] > potentialCut;
    }

    /// Whether the data had a purchase history to predict potential from.
    public boolean hasPotential() {
        return !Double.isNaN(potentialCut);
    }

    /// Segment `s`'s action: the most common primary action among its customers.
    public Optional<ActionType> segmentAction(int s) {
        return segmentAction[s] < 0 ? Optional.empty() : Optional.of(TYPES[segmentAction[s]]);
    }

    /// Customers of segment `s` whose primary action is `action`.
    public int count(int s, ActionType action) {
        return segmentCounts[s][action.ordinal()];
    }

    /// Customers in every segment whose primary action is `action` (customers left out of the
    /// run are not counted).
    public int count(ActionType action) {
        int total = 0;
        for (int[] counts : segmentCounts) {
            total += counts[action.ordinal()];
        }
        return total;
    }
}
