package io.personae.app.segments;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.app.common.Formats;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/// The customers drawn in the scatter chart: a deterministic sample with each point's segment,
/// and each segment's centre on the same axes.
///
/// Arrays are not copied; callers must not modify them.
///
/// @param xLabel   name of the horizontal axis
/// @param yLabel   name of the vertical axis
/// @param x        horizontal coordinate per point
/// @param y        vertical coordinate per point
/// @param segment  segment per point
/// @param total    customers in the data, drawn or not
/// @param centreX  per segment (index in the run), the mean horizontal coordinate of all its
///                 customers, drawn or not; NaN when none has a value on both axes
/// @param centreY  per segment, the mean vertical coordinate likewise
public record ScatterPoints(String xLabel, String yLabel, double[] x, double[] y, int[] segment, int total,
        double[] centreX, double[] centreY) {

    public static final String FIRST_COMPONENT = "Component 1 (PCA)";
    public static final String SECOND_COMPONENT = "Component 2 (PCA)";

    public static final ScatterPoints NONE = new ScatterPoints("", "", new double[0], new double[0], new int[0], 0,
            new double[0], new double[0]);

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
    /// value on an axis are left out. The centres are over every customer, not the sample.
    ///
    /// decision: a segment's centre is the mean of its customers on the axes shown, not the
    /// k-means centroid mapped back: the centroid lives in the scaled (log, standardised) space,
    /// and on a feature axis in original units only the mean lands where the points are.
    ///
    /// @param xAxis [#FIRST_COMPONENT], [#SECOND_COMPONENT] or a feature name of `table`
    static ScatterPoints of(Segmentation segmentation, CustomerTable table, String xAxis, String yAxis, int maxPoints) {
        SegmentationResult result = segmentation.result();
        int n = result.assignment().length;
        int wanted = Math.min(n, maxPoints);
        double[] x = new double[wanted];
        double[] y = new double[wanted];
        int[] segment = new int[wanted];
        IntToDoubleFunction across = axis(result, table, xAxis);
        IntToDoubleFunction up = axis(result, table, yAxis);
        int kept = 0;
        for (int s = 0; s < wanted; s++) {
            int i = (int) ((long) s * n / wanted);
            double xi = across.applyAsDouble(i);
            double yi = up.applyAsDouble(i);
            if (Double.isNaN(xi) || Double.isNaN(yi)) {
                continue;
            }
            x[kept] = xi;
            y[kept] = yi;
            segment[kept] = result.assignment()[i];
            kept++;
        }
        double[][] centres = centres(result, across, up);
        return new ScatterPoints(xAxis, yAxis, Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), Arrays.copyOf(segment, kept), n,
                centres[0], centres[1]);
    }

    /// `{centreX, centreY}`: per segment, the mean of its customers with a value on both axes.
    private static double[][] centres(SegmentationResult result, IntToDoubleFunction across, IntToDoubleFunction up) {
        int k = result.k();
        double[] sumX = new double[k];
        double[] sumY = new double[k];
        int[] counts = new int[k];
        int[] assignment = result.assignment();
        for (int i = 0; i < assignment.length; i++) {
            int s = assignment[i];
            if (s < 0) {
                continue;
            }
            double xi = across.applyAsDouble(i);
            double yi = up.applyAsDouble(i);
            if (!Double.isNaN(xi) && !Double.isNaN(yi)) {
                sumX[s] += xi;
                sumY[s] += yi;
                counts[s]++;
            }
        }
        for (int s = 0; s < k; s++) {
            sumX[s] = counts[s] == 0 ? Double.NaN : sumX[s] / counts[s];
            sumY[s] = counts[s] == 0 ? Double.NaN : sumY[s] / counts[s];
        }
        return new double[][] {sumX, sumY};
    }

    /// Each customer's coordinate on `axis`.
    private static IntToDoubleFunction axis(SegmentationResult result, CustomerTable table, String axis) {
        if (FIRST_COMPONENT.equals(axis)) {
            float[] projection = result.projectionX();
            return i -> projection[i];
        }
        if (SECOND_COMPONENT.equals(axis)) {
            float[] projection = result.projectionY();
            return i -> projection[i];
        }
        int feature = table.featureNames().indexOf(axis);
        if (feature < 0) {
            throw new IllegalArgumentException("No feature named " + axis);
        }
        double[] column = table.column(feature);
        return i -> column[i];
    }
}
