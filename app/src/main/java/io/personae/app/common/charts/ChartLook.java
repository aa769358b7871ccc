package io.personae.app.common.charts;

import io.personae.app.common.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/// The charts' fonts and colours, matched to `personae.css`; Java2D cannot read the stylesheet.
public final class ChartLook {

    public static final Color INK = new Color(0x1f2933);
    public static final Color MUTED = new Color(0x5f6b7a);
    public static final Color GRID = new Color(0xe3e7ed);
    private static final String FAMILY = "SansSerif";

    private ChartLook() {
    }

    public static Color segment(int segment) {
        return Color.decode(Palette.hex(segment));
    }

    public static void title(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(FAMILY, Font.BOLD, 18));
            title.setPaint(INK);
        }
        chart.clearSubtitles();
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle line = new TextTitle(subtitle, new Font(FAMILY, Font.PLAIN, 14));
            line.setPaint(MUTED);
            chart.addSubtitle(line);
        }
    }

    public static void legend(JFreeChart chart, LegendTitle legend) {
        legend.setItemFont(new Font(FAMILY, Font.PLAIN, 14));
        legend.setItemPaint(INK);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        chart.addSubtitle(legend);
    }

    public static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }

    public static void axis(Axis axis) {
        axis.setLabelFont(new Font(FAMILY, Font.PLAIN, 14));
        axis.setLabelPaint(MUTED);
        axis.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 13));
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    public static BasicStroke gridStroke() {
        return new BasicStroke(1f);
    }
}
