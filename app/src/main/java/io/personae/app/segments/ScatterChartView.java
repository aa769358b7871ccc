package io.personae.app.segments;

import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.ShownSegment;
import io.personae.app.common.charts.ChartClicks;
import io.personae.app.common.charts.ChartLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/// Customers as points coloured by segment, on the two principal components or on two features,
/// with each segment's centre as a large diamond labelled with its number. Hovering a
/// point or a centre names its segment; clicking one picks the segment everywhere.
final class ScatterChartView {

    /// decision: diamonds with a dark outline, three times a point's size, so a centre stands out
    /// of a cloud of its own colour and reads on a projector
    private static final Shape CENTRE = diamond(9);
    private static final Shape PICKED_CENTRE = diamond(13);
    private static final Shape DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    private static final Font LABEL = new Font("SansSerif", Font.BOLD, 14);
    private static final Font PICKED_LABEL = new Font("SansSerif", Font.BOLD, 18);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    private final ChartViewer viewer = new ChartViewer(build(ScatterPoints.NONE, List.of(), Session.NONE));
    private List<ShownSegment> shown = List.of();

    /// @param onSegment told the identity of the segment of a clicked point or centre
    ScatterChartView(IntConsumer onSegment) {
        // both datasets hold one series per segment, in the same order
        ChartClicks.onEntity(viewer, entity -> {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() < shown.size()) {
                onSegment.accept(shown.get(item.getSeriesIndex()).identity());
            }
        });
    }

    ChartViewer node() {
        return viewer;
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    /// Draws `points` coloured as `segments`, the centre of the segment with identity `picked`
    /// (or [Session#NONE]) larger.
    void show(ScatterPoints points, List<ShownSegment> segments, int picked) {
        shown = List.copyOf(segments);
        viewer.setChart(build(points, shown, picked));
    }

    private static JFreeChart build(ScatterPoints points, List<ShownSegment> personas, int picked) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        // decision: dots are filled, not also outlined: stroking thousands of small circles was a
        // visible share of the slider's redraw, for a rim of the same colour
        renderer.setDrawOutlines(false);
        DefaultXYDataset centres = new DefaultXYDataset();
        XYLineAndShapeRenderer centreRenderer = new XYLineAndShapeRenderer(false, true);
        centreRenderer.setUseOutlinePaint(true);
        centreRenderer.setDefaultOutlinePaint(ChartLook.INK);
        centreRenderer.setDefaultSeriesVisibleInLegend(false);
        boolean hasCentres = points.centreX().length > 0;
        for (int series = 0; series < personas.size(); series++) {
            ShownSegment persona = personas.get(series);
            data.addSeries(label(persona), pointsOf(points, persona.segment()));
            Color colour = ChartLook.segment(persona.colour());
            renderer.setSeriesPaint(series, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
            renderer.setSeriesShape(series, DOT);
            double cx = hasCentres ? points.centreX()[persona.segment()] : Double.NaN;
            double cy = hasCentres ? points.centreY()[persona.segment()] : Double.NaN;
            boolean isPicked = persona.identity() == picked;
            centres.addSeries("Centre of " + label(persona), Double.isNaN(cx) ? new double[2][0] : new double[][] {{cx}, {cy}});
            centreRenderer.setSeriesPaint(series, colour);
            centreRenderer.setSeriesShape(series, isPicked ? PICKED_CENTRE : CENTRE);
            centreRenderer.setSeriesOutlineStroke(series, new BasicStroke(isPicked ? 3f : 1.5f));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> dataset.getSeriesKey(series) + " · "
                + Formats.number(dataset.getXValue(series, item)) + ", " + Formats.number(dataset.getYValue(series, item)));
        centreRenderer.setDefaultToolTipGenerator((dataset, series, item) -> dataset.getSeriesKey(series) + ": "
                + Formats.count(personas.get(series).persona().size()) + " customers; click to pick the segment");
        NumberAxis x = new NumberAxis(points.xLabel());
        NumberAxis y = new NumberAxis(points.yLabel());
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRangeIncludesZero(false);
            ChartLook.axis(axis);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDataset(1, centres);
        plot.setRenderer(1, centreRenderer);
        // centres (dataset 1) are drawn after, so above, the points
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ChartLook.plot(plot);
        labelCentres(plot, points, personas, picked);

        JFreeChart chart = new JFreeChart("Customers by segment", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, points.total() == 0 ? null : points.subtitle() + " · ◆ centre of each segment");
        if (!personas.isEmpty()) {
            LegendTitle legend = new LegendTitle(renderer);
            legend.setPosition(RectangleEdge.BOTTOM);
            ChartLook.legend(chart, legend);
        }
        return chart;
    }

    /// Each centre's number just right of it, on a light background so it reads over the points;
    /// the legend gives the names.
    ///
    /// decision: the number alone, not the name: with five or more segments, names beside their
    /// centres overlap each other and run off the chart on a laptop screen
    private static void labelCentres(XYPlot plot, ScatterPoints points, List<ShownSegment> personas, int picked) {
        if (points.centreX().length == 0 || points.shown() == 0) {
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : points.x()) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        // axis units are all an annotation knows: 1.5% of the points' width clears the diamond
        double shift = 0.015 * Math.max(high - low, 1e-9);
        for (ShownSegment persona : personas) {
            double cx = points.centreX()[persona.segment()];
            double cy = points.centreY()[persona.segment()];
            if (Double.isNaN(cx) || Double.isNaN(cy)) {
                continue;
            }
            boolean isPicked = persona.identity() == picked;
            XYTextAnnotation label = new XYTextAnnotation(" " + persona.number() + " ", cx + (isPicked ? 1.5 : 1) * shift, cy);
            label.setFont(isPicked ? PICKED_LABEL : LABEL);
            label.setPaint(ChartLook.INK);
            label.setBackgroundPaint(LABEL_BACKGROUND);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setToolTipText("Centre of " + label(persona));
            plot.addAnnotation(label, false);
        }
    }

    /// "3 · Loyal high spenders"
    private static String label(ShownSegment persona) {
        return persona.number() + " · " + persona.name();
    }

    private static Shape diamond(double half) {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -half);
        shape.lineTo(half, 0);
        shape.lineTo(0, half);
        shape.lineTo(-half, 0);
        shape.closePath();
        return shape;
    }

    private static double[][] pointsOf(ScatterPoints points, int segment) {
        int count = 0;
        for (int s : points.segment()) {
            if (s == segment) {
                count++;
            }
        }
        double[][] xy = new double[2][count];
        int next = 0;
        for (int i = 0; i < points.shown(); i++) {
            if (points.segment()[i] == segment) {
                xy[0][next] = points.x()[i];
                xy[1][next] = points.y()[i];
                next++;
            }
        }
        return xy;
    }
}
