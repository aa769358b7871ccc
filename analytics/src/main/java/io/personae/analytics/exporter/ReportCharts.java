package io.personae.analytics.exporter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/// The report's three charts, drawn with JFreeChart on plain AWT so the engine needs no window
/// toolkit: segment sizes against revenue share, the profile heat map, and actions per segment.
final class ReportCharts {

    /// The charts in report order, with the ids the HTML gives them.
    enum Kind {
        SIZES("chart-sizes", "Segment sizes and revenue share"),
        PROFILE("chart-profile", "Profile heat map: each feature's mean against the average"),
        ACTIONS("chart-actions", "Actions per segment");

        final String id;
        final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    static final int WIDTH = 760;
    static final int HEIGHT = 380;
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color[] SERIES = {new Color(0x2F6FB0), new Color(0xE0892F), new Color(0x4E9A52),
        new Color(0xB94A48), new Color(0x7B5EA7), new Color(0x8C8C8C)};
    /// log2 of the lift shown at full colour: 4x above or below the average.
    private static final double LIMIT = 2;

    private ReportCharts() {}

    static JFreeChart chart(Kind kind, ReportModel model) {
        return switch (kind) {
            case SIZES -> sizes(model);
            case PROFILE -> profile(model);
            case ACTIONS -> actions(model);
        };
    }

    private static JFreeChart sizes(ReportModel model) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportModel.Section section : model.personas()) {
            data.addValue(section.persona().customerShare() * 100, "Customers (%)", section.label());
            if (section.persona().hasRevenue()) {
                data.addValue(section.persona().revenueShare() * 100, "Revenue (%)", section.label());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Share (%)", data, PlotOrientation.VERTICAL,
                true, false, false);
        styleBars(chart, new BarRenderer());
        return chart;
    }

    private static JFreeChart actions(ReportModel model) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportModel.Section section : model.personas()) {
            int s = section.persona().segment();
            for (int a = 0; a < model.actions().size(); a++) {
                data.addValue(model.counts()[s][a], model.actions().get(a), section.label());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Customers", data, PlotOrientation.VERTICAL,
                true, false, false);
        styleBars(chart, new StackedBarRenderer());
        return chart;
    }

    private static void styleBars(JFreeChart chart, BarRenderer renderer) {
        CategoryPlot plot = chart.getCategoryPlot();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setTickLabelFont(TEXT);
        axis.setMaximumCategoryLabelWidthRatio(2f);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(TEXT);
    }

    /// Segments across, features down, each cell coloured by log2 of the lift (blue below the
    /// average, red above) and labelled with the lift itself.
    private static JFreeChart profile(ReportModel model) {
        List<ReportModel.Section> sections = model.personas();
        List<String> features = model.features();
        DefaultXYZDataset data = new DefaultXYZDataset();
        int cells = sections.size() * features.size();
        double[][] series = new double[3][cells];
        XYPlot plot = new XYPlot();
        int cell = 0;
        for (int x = 0; x < sections.size(); x++) {
            int s = sections.get(x).persona().segment();
            for (int y = 0; y < features.size(); y++) {
                double lift = model.lift()[s][y];
                series[0][cell] = x;
                series[1][cell] = y;
                series[2][cell] = Double.isNaN(lift) || lift <= 0 ? Double.NaN : Math.log(lift) / Math.log(2);
                cell++;
                XYTextAnnotation label = new XYTextAnnotation(Double.isNaN(lift) ? "–"
                        : String.format(Locale.ROOT, "%.2f", lift), x, y);
                label.setFont(TEXT);
                plot.addAnnotation(label);
            }
        }
        data.addSeries("lift", series);
        String[] segmentLabels = sections.stream().map(ReportModel.Section::label).toArray(String[]::new);
        SymbolAxis xAxis = new SymbolAxis(null, segmentLabels);
        xAxis.setTickLabelFont(TEXT);
        xAxis.setVerticalTickLabels(segmentLabels.length > 4);
        SymbolAxis yAxis = new SymbolAxis(null, features.toArray(String[]::new));
        yAxis.setTickLabelFont(TEXT);
        yAxis.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new LiftScale());
        plot.setDataset(data);
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(new Color(0xF2F2F2));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineStroke(new BasicStroke(0));
        JFreeChart chart = new JFreeChart(null, TEXT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("Numbers: segment mean / overall mean (1.00 = average)", TEXT));
        return chart;
    }

    /// Blue through white to red over log2 lift from -[#LIMIT] to +[#LIMIT]; grey where unknown.
    private static final class LiftScale implements PaintScale {

        @Override
        public double getLowerBound() {
            return -LIMIT;
        }

        @Override
        public double getUpperBound() {
            return LIMIT;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return new Color(0xCCCCCC);
            }
            double t = Math.max(-1, Math.min(1, value / LIMIT));
            Color end = t < 0 ? new Color(0x2F6FB0) : new Color(0xC0392B);
            double weight = Math.abs(t);
            return new Color(mix(255, end.getRed(), weight), mix(255, end.getGreen(), weight), mix(255, end.getBlue(), weight));
        }

        private static int mix(int from, int to, double weight) {
            return (int) Math.round(from + (to - from) * weight);
        }
    }
}
