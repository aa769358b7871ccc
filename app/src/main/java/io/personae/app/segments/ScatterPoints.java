package io.personae.app.segments;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.app.common.Formats;
import java.util.Arrays;

/// The customers drawn in the scatter chart: a deterministic sample with each point's segment.
///
/// Arrays are not copied; callers must not modify them.
///
/// @param xLabel   name of the horizontal axis
/// @param yLabel   name of the vertical axis
/// @param x        horizontal coordinate per point
/// @param y        vertical coordinate per point
/// @param segment  segment per point
/// @param total    customers in the data, drawn or not
public record ScatterPoints(String xLabel, String yLabel, double[] x, double[] y, int[] segment, int total) {

    public static final String FIRST_COMPONENT = "Component 1 (PCA)";
    public static final String SECOND_COMPONENT = "Component 2 (PCA)";

    public static final ScatterPoints NONE = new ScatterPoints("", "", new double[0], new double[0], new int[0], 0);

    public int shown() {
        return x.length;
    }

    /// "Showing 5,000 of 48,213 customers" or "All 812 customers".
    public String subtitle() {
        return shown() < total ? "Showing " + Formats.count(shown()) + " of " + Formats.count(total) + " customers"
                : "All " + Formats.count(total) + " customers";
    }

    /// At most `maxPoints` customers, evenly spread over the table (every n-th one, so the same
    /// data always gives the same picture), placed on the two chosen axes; customers without a
    /// value on an axis are left out.
    ///
    /// @param xAxis [#FIRST_COMPONENT], [#SECOND_COMPONENT] or a feature name of `table`
    static ScatterPoints of(Segmentation segmentation, CustomerTable table, String xAxis, String yAxis, int maxPoints) {
        SegmentationResult result = segmentation.result();
        int n = result.assignment().length;
        int wanted = Math.min(n, maxPoints);
        double[] x = new double[wanted];
        double[] y = new double[wanted];
        int[] segment = new int[wanted];
        int kept = 0;
        for (int s = 0; s < wanted; s++) {
            int i = (int) ((long) s * n / wanted);
            double xi = value(result, table, xAxis, i);
            double yi = value(result, table, yAxis, i);
            if (Double.isNaN(xi) || Double.isNaN(yi)) {
                continue;
            }
            x[kept] = xi;
            y[kept] = yi;
            segment[kept] = result.assignment()[i];
            kept++;
        }
        return new ScatterPoints(xAxis, yAxis, Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), Arrays.copyOf(segment, kept), n);
    }

    private static double value(SegmentationResult result, CustomerTable table, String axis, int customer) {
        if (FIRST_COMPONENT.equals(axis)) {
            return result.projectionX()[customer];
        }
        if (SECOND_COMPONENT.equals(axis)) {
            return result.projectionY()[customer];
        }
        int feature = table.featureNames().indexOf(axis);
        if (feature < 0) {
            throw new IllegalArgumentException("No feature named " + axis);
        }
        return table.column(feature)[customer];
    }
}
