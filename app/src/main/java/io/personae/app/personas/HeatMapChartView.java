package io.personae.app.personas;

import io.personae.app.common.Formats;
import io.personae.app.common.charts.ChartLook;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

/// Segments by features, each cell coloured by the segment's lift on the feature: blue below the
/// average, white at it, orange above, with the lift written in the cell.
final class HeatMapChartView {

    /// decision: colours run over log2 of the lift from a quarter to four times the average, so
    /// half and double the average look equally strong
    private static final double RANGE = 2;

    private HeatMapChartView() {
    }

    /// The chart, telling `onSegment` the identity of a clicked segment.
    static SegmentChartView<ChartData.HeatMap> create(IntConsumer onSegment) {
        return new SegmentChartView<>(HeatMapChartView::build, HeatMapChartView::identityAt, onSegment);
    }

    private static OptionalInt identityAt(ChartEntity entity, ChartData.HeatMap shown) {
        return entity instanceof XYItemEntity cell
                ? OptionalInt.of(shown.identities().get(rowOf(cell.getDataset(), cell.getItem())))
                : OptionalInt.empty();
    }

    private static int rowOf(XYDataset data, int item) {
        return (int) Math.round(data.getYValue(0, item));
    }

    private static JFreeChart build(ChartData.HeatMap data) {
        DefaultXYZDataset cells = new DefaultXYZDataset();
        String[] features = data == null ? new String[0] : data.features().toArray(String[]::new);
        String[] segments = data == null ? new String[0] : data.segments().toArray(String[]::new);
        if (data != null) {
            int n = segments.length * features.length;
            double[][] xyz = new double[3][n];
            int i = 0;
            for (int s = 0; s < segments.length; s++) {
                for (int f = 0; f < features.length; f++) {
                    xyz[0][i] = f;
                    xyz[1][i] = s;
                    double lift = data.lift()[s][f];
                    xyz[2][i] = Double.isNaN(lift) || lift <= 0 ? Double.NaN : Math.log(lift) / Math.log(2);
                    i++;
                }
            }
            cells.addSeries("lift", xyz);
        }
        SymbolAxis x = new SymbolAxis(null, features);
        SymbolAxis y = new SymbolAxis(null, segments);
        y.setInverted(true);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        ChartLook.axis(x);
        ChartLook.axis(y);
        x.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        y.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        x.setVerticalTickLabels(features.length > 6);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new LiftScale());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font("SansSerif", Font.BOLD, 15));
        renderer.setDefaultItemLabelPaint(ChartLook.INK);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> liftText(data, dataset, item));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            int s = rowOf(dataset, item);
            int f = (int) Math.round(dataset.getXValue(series, item));
            String lift = liftText(data, dataset, item);
            return segments[s] + " — " + features[f] + ": " + (lift.isEmpty() ? "unknown" : lift + " the average");
        });

        XYPlot plot = new XYPlot(cells, x, y, renderer);
        ChartLook.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart("What sets each segment apart", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, "Each feature's segment average against all customers' (× average)");
        NumberAxis scaleAxis = new NumberAxis(null);
        scaleAxis.setRange(-RANGE, RANGE);
        scaleAxis.setTickUnit(new NumberTickUnit(1));
        scaleAxis.setNumberFormatOverride(new LiftFormat());
        ChartLook.axis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(new LiftScale(), scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 12, 8, 4));
        legend.setStripWidth(14);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static String liftText(ChartData.HeatMap data, XYDataset dataset, int item) {
        if (data == null) {
            return "";
        }
        int f = (int) Math.round(dataset.getXValue(0, item));
        int s = (int) Math.round(dataset.getYValue(0, item));
        return Formats.lift(data.lift()[s][f]);
    }

    /// Blue below the average, white at it, orange above; grey where unknown.
    private static final class LiftScale implements PaintScale {

        private static final Color LOW = new Color(0x2F6FB0);
        private static final Color HIGH = new Color(0xE07B28);
        private static final Color UNKNOWN = new Color(0xE3E7ED);

        @Override
        public double getLowerBound() {
            return -RANGE;
        }

        @Override
        public double getUpperBound() {
            return RANGE;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return UNKNOWN;
            }
            double t = Math.clamp(value / RANGE, -1, 1);
            Color end = t < 0 ? LOW : HIGH;
            double w = Math.abs(t);
            return new Color(mix(255, end.getRed(), w), mix(255, end.getGreen(), w), mix(255, end.getBlue(), w));
        }

        private static int mix(int from, int to, double w) {
            return (int) Math.round(from + (to - from) * w);
        }
    }

    /// Ticks of the colour legend, which runs over log2 of the lift, written as lifts: "0.25×" to "4.0×".
    private static final class LiftFormat extends NumberFormat {

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Formats.lift(Math.pow(2, number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("The legend's ticks are only written");
        }
    }
}
