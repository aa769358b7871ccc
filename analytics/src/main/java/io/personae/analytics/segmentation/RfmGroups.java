package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import java.util.ArrayList;
import java.util.List;

/// The RFM groups of the customers a run scores, as a partition: only groups someone falls in
/// become segments.
///
/// @param partition segment of each scored customer
/// @param names     group name of each segment
record RfmGroups(Partition partition, List<String> names) {

    RfmGroups {
        names = List.copyOf(names);
    }

    static RfmGroups of(CustomerTable table, ScaledFeatures scaled, RfmCutPoints cuts) {
        int[] rows = scaled.rows();
        double[] recency = raw(table, FeatureSelection.RFM_FEATURES.get(0), rows);
        double[] frequency = raw(table, FeatureSelection.RFM_FEATURES.get(1), rows);
        int[] groups = RfmScoring.groups(recency, frequency, cuts);
        int[] segmentOfGroup = new int[RfmScoring.GROUPS.size()];
        boolean[] used = new boolean[RfmScoring.GROUPS.size()];
        for (int group : groups) {
            used[group] = true;
        }
        List<String> names = new ArrayList<>();
        for (int g = 0; g < used.length; g++) {
            if (used[g]) {
                segmentOfGroup[g] = names.size();
                names.add(RfmScoring.GROUPS.get(g));
            }
        }
        int[] labels = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            labels[r] = segmentOfGroup[groups[r]];
        }
        return new RfmGroups(new Partition(labels, names.size(), 0), names);
    }

    /// The feature's values for the scored customers, a gap taking the median as elsewhere.
    private static double[] raw(CustomerTable table, String feature, int[] rows) {
        double[] column = table.column(table.featureNames().indexOf(feature));
        double median = ColumnScaling.quantile(ColumnScaling.sortedPresent(column), 0.5);
        double[] values = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            double value = column[rows[r]];
            values[r] = Double.isNaN(value) ? median : value;
        }
        return values;
    }
}
