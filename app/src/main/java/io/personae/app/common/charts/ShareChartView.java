package io.personae.app.common.charts;

import io.personae.app.common.ShownSegment;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/// Bar chart of each segment's share of customers next to its share of revenue: the segments
/// worth more (or less) than their headcount stand out. Shown on the segments screen and among
/// the persona charts; clicking a bar picks its segment.
public final class ShareChartView {

    static final String CUSTOMERS = "Share of customers";
    static final String REVENUE = "Share of revenue";

    private final ChartViewer viewer = new ChartViewer(build(List.of()));
    private List<ShownSegment> shown = List.of();

    /// @param onSegment receives the identity of the segment whose bar was clicked
    public ShareChartView(IntConsumer onSegment) {
        ChartClicks.onEntity(viewer, entity -> {
            if (entity instanceof CategoryItemEntity bar) {
                int column = bar.getDataset().getColumnIndex(bar.getColumnKey());
                if (column >= 0 && column < shown.size()) {
                    onSegment.accept(shown.get(column).identity());
                }
            }
        });
    }

    public ChartViewer node() {
        return viewer;
    }

    public void show(List<ShownSegment> segments) {
        shown = List.copyOf(segments);
        viewer.setChart(build(shown));
    }

    private static JFreeChart build(List<ShownSegment> shown) {
        boolean revenue = shown.stream().anyMatch(s -> s.persona().hasRevenue());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ShownSegment segment : shown) {
            var persona = segment.persona();
            data.addValue(persona.customerShare(), CUSTOMERS, persona.name());
            if (revenue) {
                data.addValue(persona.hasRevenue() ? persona.revenueShare() : 0, REVENUE, persona.name());
            }
        }
        CategoryAxis segments = new CategoryAxis();
        segments.setMaximumCategoryLabelWidthRatio(0.32f);
        segments.setMaximumCategoryLabelLines(2);
        segments.setCategoryMargin(0.25);
        ChartLook.axis(segments);
        segments.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        NumberAxis shares = new NumberAxis(null);
        shares.setNumberFormatOverride(NumberFormat.getPercentInstance());
        shares.setUpperMargin(0.22);
        ChartLook.axis(shares);

        CategoryPlot plot = new CategoryPlot(data, segments, shares, new SegmentBars(shown));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(ChartLook.gridStroke());
        ChartLook.plot(plot);

        JFreeChart chart = new JFreeChart(revenue ? "Share of customers and of revenue" : "Share of customers",
                new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, null);
        if (revenue) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            ChartLook.legend(chart, legend);
        }
        return chart;
    }

    /// Bars in the segment's colour: solid for customers, light for revenue.
    private static final class SegmentBars extends BarRenderer {

        private final transient List<ShownSegment> segments;

        SegmentBars(List<ShownSegment> segments) {
            this.segments = segments;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setItemMargin(0.04);
            setDrawBarOutline(true);
            setSeriesPaint(0, ChartLook.MUTED);
            setSeriesPaint(1, new Color(0xc9d1db));
            setSeriesOutlinePaint(0, ChartLook.MUTED);
            setSeriesOutlinePaint(1, ChartLook.MUTED);
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0%")));
            setDefaultItemLabelsVisible(true);
            setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} {2}", new DecimalFormat("0.0%")));
            setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 12));
            setDefaultItemLabelPaint(ChartLook.INK);
            setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Color colour = ChartLook.segment(segments.get(column).colour());
            return row == 0 ? colour : new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90);
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return ChartLook.segment(segments.get(column).colour());
        }
    }
}
