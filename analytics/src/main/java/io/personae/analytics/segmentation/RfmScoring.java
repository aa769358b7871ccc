package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import java.util.List;

/// Classic RFM scoring: recency, frequency and monetary value each scored 1 to 5 against four
/// cut points, and customers named by their recency and frequency scores (Champions, Loyal
/// customers, At risk, Lost...).
///
/// decision: the group map is the widely used ten-group R-F grid (the one behind most RFM
/// tutorials and libraries: recency score against frequency score), with its bottom corner,
/// recency 1 and frequency 1, named "Lost" rather than "Hibernating": customers who bought once,
/// long ago, are the ones a campaign should not chase. Monetary is scored and shown, but does not
/// change the group, as in that grid. See docs/decisions/0008-segmentation-methods.md.
public final class RfmScoring {

    /// The groups, in the order used to number them before sorting by size.
    public static final List<String> GROUPS = List.of("Champions", "Loyal customers", "Potential loyalists",
            "New customers", "Promising", "Need attention", "About to sleep", "At risk", "Can't lose them",
            "Hibernating", "Lost");

    /// `GRID[r - 1][f - 1]` is the index in [#GROUPS] for recency score r and frequency score f.
    private static final int[][] GRID = {
        {10, 9, 7, 7, 8},
        {9, 9, 7, 7, 8},
        {6, 6, 5, 1, 1},
        {4, 2, 2, 1, 1},
        {3, 2, 2, 0, 0},
    };

    private static final double[] QUINTILES = {0.2, 0.4, 0.6, 0.8};

    private RfmScoring() {}

    /// The default cut points: the 20th, 40th, 60th and 80th percentiles of each of recency,
    /// frequency and monetary value, over the customers that have a value. Each cut point is a
    /// value some customer has (nearest rank), so the window can show it as is.
    ///
    /// @throws SegmentationException when the table has no order data (no recency, frequency
    ///                               and monetary features) or a feature has no value at all
    public static RfmCutPoints quintiles(CustomerTable table) throws SegmentationException {
        double[][] cuts = new double[3][];
        for (int m = 0; m < 3; m++) {
            String name = FeatureSelection.RFM_FEATURES.get(m);
            int f = table.featureNames().indexOf(name);
            if (f < 0) {
                throw new SegmentationException("RFM scoring needs order data (recency, frequency, monetary), and this "
                        + "data has no " + name + ". Import an order file (one row per order with customer, date "
                        + "and amount), or choose another method.");
            }
            double[] present = ColumnScaling.sortedPresent(table.column(f));
            if (present.length == 0) {
                throw new SegmentationException("\"" + name + "\" is empty for every customer, so RFM cut points "
                        + "cannot be computed. Import the orders again with their dates and amounts.");
            }
            cuts[m] = new double[QUINTILES.length];
            for (int q = 0; q < QUINTILES.length; q++) {
                int rank = (int) Math.ceil(QUINTILES[q] * present.length);
                cuts[m][q] = present[Math.max(0, rank - 1)];
            }
        }
        return new RfmCutPoints(cuts[0], cuts[1], cuts[2]);
    }

    /// The score 1 to 5 of a value: 1 up to the first cut point, 2 up to the second... 5 above
    /// the last; `reversed` (recency, where fewer days is better) turns 1 into 5.
    public static int score(double value, double[] cuts, boolean reversed) {
        int score = 1;
        for (double cut : cuts) {
            if (value > cut) {
                score++;
            }
        }
        return reversed ? 6 - score : score;
    }

    /// The group name for a recency score and a frequency score, each 1 to 5.
    public static String group(int recencyScore, int frequencyScore) {
        return GROUPS.get(GRID[recencyScore - 1][frequencyScore - 1]);
    }

    /// The index in [#GROUPS] of each row's group.
    ///
    /// @param recency   recency in days of each row, gaps already filled
    /// @param frequency orders of each row
    static int[] groups(double[] recency, double[] frequency, RfmCutPoints cuts) {
        double[] recencyCuts = cuts.recency();
        double[] frequencyCuts = cuts.frequency();
        int[] groups = new int[recency.length];
        for (int r = 0; r < recency.length; r++) {
            int rScore = score(recency[r], recencyCuts, true);
            int fScore = score(frequency[r], frequencyCuts, false);
            groups[r] = GRID[rScore - 1][fScore - 1];
        }
        return groups;
    }
}
