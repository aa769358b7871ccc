package io.personae.app.personas;

import io.personae.app.common.Formats;
import io.personae.app.common.charts.ChartLook;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.labels.BoxAndWhiskerToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/// One feature's spread in each segment as box plots: median, quartiles, whiskers and mean.
final class BoxPlotChartView {

    private BoxPlotChartView() {
    }

    /// The chart, telling `onSegment` the identity of a clicked segment.
    static SegmentChartView<ChartData.BoxSamples> create(IntConsumer onSegment) {
        return new SegmentChartView<>(BoxPlotChartView::build, BoxPlotChartView::identityAt, onSegment);
    }

    private static OptionalInt identityAt(ChartEntity entity, ChartData.BoxSamples shown) {
        return SegmentChartView.categoryColumn(entity, shown.identities());
    }

    private static JFreeChart build(ChartData.BoxSamples data) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        if (data != null) {
            for (int s = 0; s < data.segments().size(); s++) {
                List<Double> values = Arrays.stream(data.samples().get(s)).boxed().toList();
                boxes.add(values, data.feature(), data.segments().get(s));
            }
        }
        CategoryAxis segments = new CategoryAxis();
        segments.setMaximumCategoryLabelLines(3);
        ChartLook.axis(segments);
        segments.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        NumberAxis values = new NumberAxis(data == null ? null : data.feature());
        values.setAutoRangeIncludesZero(false);
        ChartLook.axis(values);

        BoxAndWhiskerRenderer renderer = new SegmentBoxes(data);
        // decision: no mean marker: JFreeChart sizes it by the box width, which hides narrow boxes
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setFillBox(true);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultToolTipGenerator(new BoxAndWhiskerToolTipGenerator());

        CategoryPlot plot = new CategoryPlot(boxes, segments, values, renderer);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);

        String title = data == null ? "Feature by segment" : data.feature() + " by segment";
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, data == null ? null : subtitle(data));
        return chart;
    }

    private static String subtitle(ChartData.BoxSamples data) {
        int drawn = data.samples().stream().mapToInt(sample -> sample.length).sum();
        String count = Formats.count(drawn) + " customers";
        return "Box: middle half of the segment, line: median, whiskers: the rest up to 1.5 boxes · "
                + (data.sampled() ? count + " (at most " + Formats.count(ChartData.MAX_BOX_VALUES) + " per segment)" : count);
    }

    /// Boxes in the segments' colours.
    private static final class SegmentBoxes extends BoxAndWhiskerRenderer {

        private final transient ChartData.BoxSamples data;

        SegmentBoxes(ChartData.BoxSamples data) {
            this.data = data;
            setDefaultOutlinePaint(ChartLook.INK);
            setArtifactPaint(ChartLook.INK);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (data == null) {
                return super.getItemPaint(row, column);
            }
            Color colour = ChartLook.segment(data.identities().get(column));
            return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 200);
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return ChartLook.INK;
        }
    }
}
