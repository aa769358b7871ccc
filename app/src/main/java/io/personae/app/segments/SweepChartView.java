package io.personae.app.segments;

import io.personae.analytics.segmentation.choosing.KScore;
import io.personae.analytics.segmentation.choosing.SweepResult;
import io.personae.app.common.charts.ChartLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/// The k sweep's four scores against the number of segments, stacked on one k axis, with the
/// recommended k marked on each.
final class SweepChartView {

    private record Score(String name, ToDoubleFunction<KScore> value) {
    }

    private static final List<Score> SCORES = List.of(
            new Score("Silhouette ↑", KScore::silhouette),
            new Score("Calinski-Harabasz ↑", KScore::calinskiHarabasz),
            new Score("Davies-Bouldin ↓", KScore::daviesBouldin),
            new Score("Within-segment SS ↓", KScore::wcss));
    private static final Color LINE = new Color(0x2f6fb0);
    private static final Color MARK = new Color(0x1f7a4d);

    private final ChartViewer viewer = new ChartViewer(null);

    SweepChartView() {
        viewer.setMinSize(200, 200);
    }

    ChartViewer node() {
        return viewer;
    }

    /// Draws `result`; with none, the box holding the chart is hidden and the old chart stays.
    void show(SweepResult result) {
        if (result != null) {
            viewer.setChart(build(result));
        }
    }

    private static JFreeChart build(SweepResult result) {
        NumberAxis k = new NumberAxis("Number of segments");
        k.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        k.setAutoRangeIncludesZero(false);
        ChartLook.axis(k);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(k);
        plot.setGap(8);
        for (Score score : SCORES) {
            XYSeries series = new XYSeries(score.name());
            for (KScore row : result.scores()) {
                double value = score.value().applyAsDouble(row);
                if (Double.isFinite(value)) {
                    series.add(row.k(), value);
                }
            }
            NumberAxis axis = new NumberAxis(score.name());
            axis.setAutoRangeIncludesZero(false);
            ChartLook.axis(axis);
            axis.setLabelFont(new Font("SansSerif", Font.PLAIN, 12));
            axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            renderer.setSeriesPaint(0, LINE);
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
            XYPlot sub = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
            sub.setRangeGridlinePaint(ChartLook.GRID);
            sub.setDomainGridlinePaint(ChartLook.GRID);
            ChartLook.plot(sub);
            sub.addDomainMarker(recommended(result.recommendedK(), plot.getSubplots().isEmpty()));
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart("Scores by number of segments", new Font("SansSerif", Font.BOLD, 16), plot, false);
        ChartLook.title(chart, "↑ higher is better, ↓ lower is better");
        return chart;
    }

    private static ValueMarker recommended(int k, boolean labelled) {
        ValueMarker marker = new ValueMarker(k, MARK, new BasicStroke(2.5f));
        if (labelled) {
            marker.setLabel("Recommended: " + k);
            marker.setLabelFont(new Font("SansSerif", Font.BOLD, 12));
            marker.setLabelPaint(MARK);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        return marker;
    }
}
