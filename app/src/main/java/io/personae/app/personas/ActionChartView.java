package io.personae.app.personas;

import io.personae.app.common.charts.ChartLook;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/// Customers per primary action in each segment, as stacked bars: what each segment asks for.
final class ActionChartView {

    private ActionChartView() {
    }

    /// The chart, telling `onSegment` the identity of a clicked segment.
    static SegmentChartView<ChartData.ActionCounts> create(IntConsumer onSegment) {
        return new SegmentChartView<>(ActionChartView::build, ActionChartView::identityAt, onSegment);
    }

    private static OptionalInt identityAt(ChartEntity entity, ChartData.ActionCounts shown) {
        return SegmentChartView.categoryColumn(entity, shown.identities());
    }

    private static JFreeChart build(ChartData.ActionCounts data) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        if (data != null) {
            for (int a = 0; a < data.actions().size(); a++) {
                for (int s = 0; s < data.segments().size(); s++) {
                    counts.addValue(data.counts()[s][a], data.actions().get(a), data.segments().get(s));
                }
                renderer.setSeriesPaint(a, ActionColours.of(a));
            }
        }
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2} customers to {0}", new DecimalFormat("#,##0")));
        CategoryAxis segments = new CategoryAxis();
        segments.setMaximumCategoryLabelWidthRatio(0.32f);
        segments.setMaximumCategoryLabelLines(2);
        ChartLook.axis(segments);
        segments.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        NumberAxis customers = new NumberAxis("Customers");
        ChartLook.axis(customers);

        CategoryPlot plot = new CategoryPlot(counts, segments, customers, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ChartLook.plot(plot);

        JFreeChart chart = new JFreeChart("Actions per segment", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, "Customers by their primary action, from the value-potential grid");
        if (data != null) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            ChartLook.legend(chart, legend);
        }
        return chart;
    }
}
