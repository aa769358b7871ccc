package io.personae.app.personas;

import io.personae.analytics.personas.RfmGrid;
import io.personae.app.common.Formats;
import io.personae.app.common.charts.ChartLook;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

/// The classic RFM picture: recency score across, frequency score up, each of the 25 cells
/// labelled with its RFM group (Champions, At risk...) and its customers, coloured in its
/// segment's colour, stronger where more customers are. Without an RFM run the chart says how to
/// get one instead of staying blank.
final class RfmGridChartView {

    static final String NOT_RFM = "The RFM grid shows segments made by RFM scoring. To see it, open Settings on the "
            + "Segments screen, choose \"RFM scoring\" as the method and apply.";
    static final String NO_ORDERS = "The RFM grid needs order data (one row per order with customer, date and amount); "
            + "these customers have no recency and frequency. Import an order file to use RFM scoring.";
    private static final int N = RfmGrid.SCORES;
    private static final String[] RECENCY = {"1 · longest ago", "2", "3", "4", "5 · most recent"};
    private static final String[] FREQUENCY = {"1 · fewest orders", "2", "3", "4", "5 · most orders"};
    private static final Color EMPTY = new Color(0xf4f6f8);
    private static final Font NAME = new Font("SansSerif", Font.BOLD, 14);
    private static final Font COUNT = new Font("SansSerif", Font.PLAIN, 13);

    private RfmGridChartView() {
    }

    /// The chart, telling `onSegment` the identity of a clicked cell's segment.
    static SegmentChartView<ChartData.RfmCells> create(IntConsumer onSegment) {
        return new SegmentChartView<>(RfmGridChartView::build, RfmGridChartView::identityAt, onSegment);
    }

    private static OptionalInt identityAt(ChartEntity entity, ChartData.RfmCells shown) {
        if (!(entity instanceof XYItemEntity cell) || shown.grid() == null) {
            return OptionalInt.empty();
        }
        int segment = shown.grid().segment()[recencyOf(cell.getDataset(), cell.getItem())][frequencyOf(cell.getDataset(), cell.getItem())];
        return segment < 0 ? OptionalInt.empty() : OptionalInt.of(shown.identities().get(segment));
    }

    private static int recencyOf(XYDataset data, int item) {
        return (int) Math.round(data.getXValue(0, item));
    }

    private static int frequencyOf(XYDataset data, int item) {
        return (int) Math.round(data.getYValue(0, item));
    }

    private static JFreeChart build(ChartData.RfmCells data) {
        RfmGrid grid = data == null ? null : data.grid();
        DefaultXYZDataset cells = new DefaultXYZDataset();
        Paint[] paints = new Paint[N * N];
        if (grid != null) {
            double[][] xyz = new double[3][N * N];
            int max = 1;
            for (int[] row : grid.customers()) {
                for (int count : row) {
                    max = Math.max(max, count);
                }
            }
            for (int r = 0; r < N; r++) {
                for (int f = 0; f < N; f++) {
                    int i = r * N + f;
                    xyz[0][i] = r;
                    xyz[1][i] = f;
                    xyz[2][i] = i;
                    paints[i] = paint(data, r, f, max);
                }
            }
            cells.addSeries("customers", xyz);
        }
        SymbolAxis recency = new SymbolAxis("Recency score (5 = bought most recently)", RECENCY);
        SymbolAxis frequency = new SymbolAxis("Frequency score (5 = ordered most often)", FREQUENCY);
        for (SymbolAxis axis : new SymbolAxis[] {recency, frequency}) {
            axis.setGridBandsVisible(false);
            ChartLook.axis(axis);
            axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new CellPaints(paints));
        // a thin white gap between cells keeps the grid readable where neighbours share a colour
        renderer.setBlockWidth(0.97);
        renderer.setBlockHeight(0.97);
        if (grid != null) {
            renderer.setDefaultToolTipGenerator((dataset, series, item) -> tooltip(data, recencyOf(dataset, item), frequencyOf(dataset, item)));
        }
        XYPlot plot = new XYPlot(cells, recency, frequency, renderer);
        ChartLook.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(data == null ? null : data.orderData() ? NOT_RFM : NO_ORDERS);
        plot.setNoDataMessageFont(new Font("SansSerif", Font.PLAIN, 17));
        plot.setNoDataMessagePaint(ChartLook.INK);
        if (grid != null) {
            label(plot, data);
        }
        JFreeChart chart = new JFreeChart("RFM grid", new Font("SansSerif", Font.BOLD, 18), plot, false);
        ChartLook.title(chart, grid == null ? null : Formats.count(grid.total())
                + " customers scored · each cell's colour is its RFM group's segment, stronger where more customers are");
        return chart;
    }

    /// The segment's colour, from faint for an empty cell to strong for the fullest one.
    private static Paint paint(ChartData.RfmCells data, int r, int f, int max) {
        int segment = data.grid().segment()[r][f];
        int count = data.grid().customers()[r][f];
        if (segment < 0 || count == 0) {
            return EMPTY;
        }
        Color colour = ChartLook.segment(data.identities().get(segment));
        double strength = 0.18 + 0.72 * Math.sqrt((double) count / max);
        return new Color(mix(colour.getRed(), strength), mix(colour.getGreen(), strength), mix(colour.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 + (channel - 255) * strength);
    }

    /// Each cell's group name and its customers, written in the cell.
    private static void label(XYPlot plot, ChartData.RfmCells data) {
        RfmGrid grid = data.grid();
        int total = Math.max(1, grid.total());
        for (int r = 0; r < N; r++) {
            for (int f = 0; f < N; f++) {
                int count = grid.customers()[r][f];
                XYTextAnnotation name = new XYTextAnnotation(RfmGrid.group(r + 1, f + 1), r, f + 0.1);
                name.setFont(NAME);
                name.setPaint(ChartLook.INK);
                name.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(name, false);
                XYTextAnnotation figure = new XYTextAnnotation(Formats.count(count) + " · "
                        + Formats.percent((double) count / total), r, f - 0.05);
                figure.setFont(COUNT);
                figure.setPaint(count == 0 ? ChartLook.MUTED : ChartLook.INK);
                figure.setTextAnchor(TextAnchor.TOP_CENTER);
                plot.addAnnotation(figure, false);
            }
        }
    }

    /// "Champions · recency 5, frequency 5: 1,234 customers (12.3%), spend 45,678 · Segment 3 · Champions"
    private static String tooltip(ChartData.RfmCells data, int r, int f) {
        RfmGrid grid = data.grid();
        int count = grid.customers()[r][f];
        String text = RfmGrid.group(r + 1, f + 1) + " · recency " + (r + 1) + ", frequency " + (f + 1) + ": "
                + Formats.count(count) + " customers (" + Formats.percent((double) count / Math.max(1, grid.total())) + ")";
        if (grid.hasSpend()) {
            text += ", spend " + Formats.number(grid.spend()[r][f]);
        }
        int segment = grid.segment()[r][f];
        return segment < 0 ? text : text + " · " + data.labels().get(segment) + "; click to pick it";
    }

    /// Each cell's colour, looked up by the cell's index (the z value).
    private static final class CellPaints implements PaintScale {

        private final Paint[] paints;

        CellPaints(Paint[] paints) {
            this.paints = paints;
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return N * N - 1;
        }

        @Override
        public Paint getPaint(double value) {
            int i = (int) Math.round(value);
            return i >= 0 && i < paints.length && paints[i] != null ? paints[i] : EMPTY;
        }
    }
}
