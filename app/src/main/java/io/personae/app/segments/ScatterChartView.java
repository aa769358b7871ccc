package io.personae.app.segments;

import io.personae.app.common.ShownSegment;
import io.personae.app.common.charts.ChartLook;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/// Customers as points coloured by segment, on the two principal components or on two features.
final class ScatterChartView {

    private final ChartViewer viewer = new ChartViewer(build(ScatterPoints.NONE, List.of()));

    ChartViewer node() {
        return viewer;
    }

    void show(ScatterPoints points, List<ShownSegment> segments) {
        viewer.setChart(build(points, segments));
    }

    private static JFreeChart build(ScatterPoints points, List<ShownSegment> personas) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Ellipse2D dot = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
        for (int series = 0; series < personas.size(); series++) {
            ShownSegment persona = personas.get(series);
            data.addSeries(persona.name(), pointsOf(points, persona.segment()));
            Color colour = ChartLook.segment(persona.colour());
            renderer.setSeriesPaint(series, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
            renderer.setSeriesShape(series, dot);
        }
        renderer.setDefaultToolTipGenerator(null);
        NumberAxis x = new NumberAxis(points.xLabel());
        NumberAxis y = new NumberAxis(points.yLabel());
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRangeIncludesZero(false);
            ChartLook.axis(axis);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ChartLook.plot(plot);

        JFreeChart chart = new JFreeChart("Customers by segment", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, points.total() == 0 ? null : points.subtitle());
        if (!personas.isEmpty()) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            ChartLook.legend(chart, legend);
        }
        return chart;
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
