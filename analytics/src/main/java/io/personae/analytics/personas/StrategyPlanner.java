package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.Arrays;
import java.util.OptionalInt;

/// Places every customer on a grid of current value against potential, split at the medians,
/// and gives each a primary and a secondary action:
///
/// | value \ potential | high                  | low                                      |
/// |-------------------|-----------------------|------------------------------------------|
/// | high              | Retain, then Grow     | Win back, then Retain                    |
/// | low               | Upgrade, then Nurture | Maintain, then Win back if long silent, else Nurture |
///
/// "Long silent" is a recency above twice the base's median recency. High means strictly above
/// the median, so with many ties (one-off customers of equal spend) the tie counts as low.
/// Without purchase history (customer-level data with no recency and frequency) potential is
/// unknown and counts as high: there is no sign of a customer drifting away. A customer with no
/// value cannot be placed and gets no action.
///
/// decision: medians, not fixed amounts, so the grid works for a café and for a wholesaler
/// alike; each quarter holds about a quarter of the customers when values do not tie.
public final class StrategyPlanner {

    /// Recency above this many times the median counts as long silent.
    static final double LONG_SILENT = 2;

    private StrategyPlanner() {}

    /// The strategy for every customer of `table` under the segments of `result`.
    ///
    /// @throws IllegalArgumentException when the run was made from a table of another size
    public static CustomerStrategy plan(CustomerTable table, SegmentationResult result) {
        PersonaProfiler.checkSameCustomers(table, result);
        int n = table.size();
        double[] value = valueColumn(table);
        double[] potential = potentialColumn(table);
        double[] recency = column(table, TransactionFeatures.RECENCY);

        double valueCut = Medians.median(withoutGaps(value), 0, countValues(value));
        double potentialCut = Medians.median(withoutGaps(potential), 0, countValues(potential));
        double silentAfter = recency == null ? Double.NaN
                : LONG_SILENT * Medians.median(withoutGaps(recency), 0, countValues(recency));

        byte[] primary = new byte[n];
        byte[] secondary = new byte[n];
        int k = result.k();
        int[][] counts = new int[k][ActionType.values().length];
        int[] assignment = result.assignment();
        boolean noPotential = Double.isNaN(potentialCut);
        for (int i = 0; i < n; i++) {
            double v = value[i];
            if (Double.isNaN(v)) {
                primary[i] = -1;
                secondary[i] = -1;
                continue;
            }
            boolean highValue = v > valueCut;
            // a customer whose potential alone is missing (no tenure) is placed as if it were low
            boolean highPotential = noPotential || potential[i] > potentialCut;
            ActionType first;
            ActionType second;
            if (highValue && highPotential) {
                first = ActionType.RETAIN;
                second = ActionType.GROW;
            } else if (highPotential) {
                first = ActionType.UPGRADE;
                second = ActionType.NURTURE;
            } else if (highValue) {
                first = ActionType.WIN_BACK;
                second = ActionType.RETAIN;
            } else {
                first = ActionType.MAINTAIN;
                second = recency != null && recency[i] > silentAfter ? ActionType.WIN_BACK : ActionType.NURTURE;
            }
            primary[i] = (byte) first.ordinal();
            secondary[i] = (byte) second.ordinal();
            if (assignment[i] >= 0) {
                counts[assignment[i]][first.ordinal()]++;
            }
        }
        int[] segmentAction = new int[k];
        for (int s = 0; s < k; s++) {
            segmentAction[s] = mostCommon(counts[s]);
        }
        return new CustomerStrategy(value, potential, primary, secondary, valueCut, potentialCut, counts,
                segmentAction);
    }

    /// The ordinal with the largest count, the earlier one on a tie; -1 when every count is zero.
    private static int mostCommon(int[] counts) {
        int best = -1;
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0 && (best < 0 || counts[a] > counts[best])) {
                best = a;
            }
        }
        return best;
    }

    private static double[] valueColumn(CustomerTable table) {
        OptionalInt f = ColumnRoles.valueFeature(table);
        if (f.isPresent()) {
            return table.column(f.getAsInt());
        }
        double[] none = new double[table.size()];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    /// Potential per customer, or all NaN when the table lacks recency, frequency or tenure.
    private static double[] potentialColumn(CustomerTable table) {
        double[] recency = column(table, TransactionFeatures.RECENCY);
        double[] frequency = column(table, TransactionFeatures.FREQUENCY);
        double[] tenure = column(table, TransactionFeatures.TENURE);
        double[] potential = new double[table.size()];
        if (recency == null || frequency == null || tenure == null) {
            Arrays.fill(potential, Double.NaN);
            return potential;
        }
        double[] averageOrder = column(table, TransactionFeatures.AVERAGE_ORDER_VALUE);
        double[] monetary = column(table, TransactionFeatures.MONETARY);
        double pooled = CustomerPotential.pooledRate(frequency, tenure);
        for (int i = 0; i < potential.length; i++) {
            double basket = averageOrder != null ? averageOrder[i]
                    : monetary != null && frequency[i] > 0 ? monetary[i] / frequency[i] : Double.NaN;
            potential[i] = CustomerPotential.potential(recency[i], frequency[i], tenure[i], basket, pooled);
        }
        return potential;
    }

    private static double[] column(CustomerTable table, String name) {
        OptionalInt f = ColumnRoles.feature(table, name);
        return f.isPresent() ? table.column(f.getAsInt()) : null;
    }

    private static int countValues(double[] column) {
        int count = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    /// A copy holding the values that are not NaN first, for selection to reorder.
    private static double[] withoutGaps(double[] column) {
        double[] copy = new double[column.length];
        int c = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                copy[c++] = v;
            }
        }
        return copy;
    }
}
