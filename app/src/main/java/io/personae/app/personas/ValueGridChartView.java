package io.personae.app.personas;

import io.personae.app.common.Formats;
import io.personae.app.common.charts.ChartClicks;
import io.personae.app.common.charts.ChartLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/// Customers placed by current value (spend so far) against potential (expected spend in the next
/// 90 days), coloured by their primary action, with the median lines that split the grid.
final class ValueGridChartView {

    /// decision: both axes are logarithmic, since spend spans orders of magnitude; figures under
    /// one are drawn at one so customers with next to no potential stay on the chart
    private static final double FLOOR = 1;

    private final ChartViewer viewer = new ChartViewer(build(null, List.of()));
    private ChartData.GridPoints shown;
    /// per series (action), the point index of each item
    private List<int[]> members = List.of();

    ValueGridChartView(IntConsumer onSegment) {
        ChartClicks.onEntity(viewer, entity -> {
            if (entity instanceof XYItemEntity point && shown != null && point.getSeriesIndex() < members.size()) {
                onSegment.accept(shown.identity()[members.get(point.getSeriesIndex())[point.getItem()]]);
            }
        });
    }

    ChartViewer node() {
        return viewer;
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    void show(ChartData.GridPoints data) {
        shown = data;
        members = data == null ? List.of() : members(data);
        viewer.setChart(build(data, members));
    }

    private static List<int[]> members(ChartData.GridPoints data) {
        List<int[]> bySeries = new ArrayList<>();
        for (int a = 0; a < data.actions().size(); a++) {
            int action = a;
            bySeries.add(IntStream.range(0, data.value().length).filter(p -> data.action()[p] == action).toArray());
        }
        return bySeries;
    }

    private static JFreeChart build(ChartData.GridPoints data, List<int[]> members) {
        DefaultXYDataset points = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Ellipse2D dot = new Ellipse2D.Double(-3, -3, 6, 6);
        if (data != null) {
            for (int a = 0; a < members.size(); a++) {
                int[] at = members.get(a);
                double[][] xy = new double[2][at.length];
                for (int j = 0; j < at.length; j++) {
                    xy[0][j] = Math.max(FLOOR, data.value()[at[j]]);
                    xy[1][j] = Math.max(FLOOR, data.potential()[at[j]]);
                }
                points.addSeries(data.actions().get(a) + " (" + Formats.count(at.length) + ")", xy);
                Color colour = ActionColours.of(a);
                renderer.setSeriesPaint(a, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
                renderer.setSeriesShape(a, dot);
            }
            renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
                int p = members.get(series)[item];
                return "Customer " + data.ids()[p] + " · " + data.segmentLabel(data.identity()[p]) + " · spent "
                        + Formats.number(data.value()[p]) + " · expected " + Formats.number(data.potential()[p]) + " · "
                        + data.actions().get(data.action()[p]);
            });
        }
        LogAxis value = new LogAxis("Current value: spend so far (log scale)");
        LogAxis potential = new LogAxis("Potential: expected spend in the next 90 days (log scale)");
        for (LogAxis axis : List.of(value, potential)) {
            axis.setSmallestValue(FLOOR);
            axis.setBase(10);
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
            ChartLook.axis(axis);
        }
        XYPlot plot = new XYPlot(points, value, potential, renderer);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ChartLook.plot(plot);
        if (data != null) {
            plot.addDomainMarker(median(data.valueCut(), "median value", false));
            if (!Double.isNaN(data.potentialCut())) {
                plot.addRangeMarker(median(data.potentialCut(), "median potential", true));
            }
        }
        JFreeChart chart = new JFreeChart("Value and potential", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, data == null ? null : data.sampleText() + " · coloured by primary action");
        if (data != null) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            ChartLook.legend(chart, legend);
        }
        return chart;
    }

    private static ValueMarker median(double at, String label, boolean horizontal) {
        ValueMarker marker = new ValueMarker(Math.max(FLOOR, at), ChartLook.MUTED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        marker.setLabel(label);
        marker.setLabelFont(new Font("SansSerif", Font.PLAIN, 13));
        marker.setLabelPaint(ChartLook.MUTED);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(horizontal ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
        return marker;
    }
}
