package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmScoring;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.Optional;
import java.util.OptionalInt;

/// The customers of an RFM run counted on the five-by-five grid of recency score against
/// frequency score, each cell with its spend and the RFM group (segment) it belongs to: the
/// picture RFM users know, where the groups are regions of the grid.
///
/// Cells are indexed `[r - 1][f - 1]` for recency score `r` and frequency score `f`, 1 to 5.
///
/// @param customers per cell, the customers scored there (customers the run left out are not counted)
/// @param spend     per cell, their total spend; NaN when the data has no spend
/// @param segment   per cell, the index in the run of the segment of the cell's group; -1 when
///                  no customer fell in that group, so the run has no such segment
public record RfmGrid(int[][] customers, double[][] spend, int[][] segment) {

    /// Scores on each axis.
    public static final int SCORES = 5;

    public RfmGrid {
        if (customers.length != SCORES || spend.length != SCORES || segment.length != SCORES) {
            throw new IllegalArgumentException("An RFM grid has five rows of five cells");
        }
    }

    /// The grid of `result`, a run of RFM scoring on `table`; empty for a run of another method.
    ///
    /// @throws IllegalArgumentException when the run was made from a table of another size
    public static Optional<RfmGrid> of(CustomerTable table, SegmentationResult result) {
        PersonaProfiler.checkSameCustomers(table, result);
        RfmCutPoints cuts = result.rfmCutPoints();
        OptionalInt recencyColumn = ColumnRoles.feature(table, TransactionFeatures.RECENCY);
        OptionalInt frequencyColumn = ColumnRoles.feature(table, TransactionFeatures.FREQUENCY);
        if (cuts == null || recencyColumn.isEmpty() || frequencyColumn.isEmpty() || result.labels().isEmpty()) {
            return Optional.empty();
        }
        double[] recency = table.column(recencyColumn.getAsInt());
        double[] frequency = table.column(frequencyColumn.getAsInt());
        OptionalInt spendColumn = table.revenueFeature();
        double[] money = spendColumn.isPresent() ? table.column(spendColumn.getAsInt()) : null;
        // a gap takes the median, as the scoring did
        double recencyGap = median(recency);
        double frequencyGap = median(frequency);

        int[][] customers = new int[SCORES][SCORES];
        double[][] spend = new double[SCORES][SCORES];
        int[] assignment = result.assignment();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] < 0) {
                continue;
            }
            int r = RfmScoring.score(Double.isNaN(recency[i]) ? recencyGap : recency[i], cuts.recency(), true) - 1;
            int f = RfmScoring.score(Double.isNaN(frequency[i]) ? frequencyGap : frequency[i], cuts.frequency(), false) - 1;
            customers[r][f]++;
            if (money != null && !Double.isNaN(money[i])) {
                spend[r][f] += money[i];
            }
        }
        int[][] segment = new int[SCORES][SCORES];
        for (int r = 0; r < SCORES; r++) {
            for (int f = 0; f < SCORES; f++) {
                segment[r][f] = result.labels().indexOf(group(r + 1, f + 1));
                if (money == null) {
                    spend[r][f] = Double.NaN;
                }
            }
        }
        return Optional.of(new RfmGrid(customers, spend, segment));
    }

    /// The group of the cell with recency score `r` and frequency score `f`, each 1 to 5.
    public static String group(int r, int f) {
        return RfmScoring.group(r, f);
    }

    /// Customers on the grid.
    public int total() {
        int total = 0;
        for (int[] row : customers) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /// Whether the data had spend to add up per cell.
    public boolean hasSpend() {
        return !Double.isNaN(spend[0][0]);
    }

    private static double median(double[] column) {
        double[] present = new double[column.length];
        int count = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                present[count++] = v;
            }
        }
        return count == 0 ? Double.NaN : Medians.median(present, 0, count);
    }
}
