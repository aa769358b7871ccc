package io.personae.app.common.charts;

import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/// Saves a chart as a PNG picture or an SVG drawing for slides and reports.
///
/// decision: the chart is drawn on the JavaFX thread (a chart is not safe to draw while the
/// window may redraw it) and only the file is written in the background.
public final class ChartExporter {

    public static final FileType PNG = new FileType("PNG picture", "png");
    public static final FileType SVG = new FileType("SVG drawing", "svg");
    /// decision: 1600 x 1000 keeps the window's proportions and stays sharp on a projector
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;

    public ChartExporter(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /// Asks where to save `chart` and saves it there, as SVG when the name ends in `.svg`, else as PNG.
    ///
    /// @param suggestedName the file name offered first, without extension
    public void export(JFreeChart chart, String suggestedName) {
        dialogs.chooseFileToSave("Export chart", suggestedName + ".png", List.of(PNG, SVG)).ifPresent(chosen -> {
            boolean svg = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
            Path target = svg ? chosen : PNG.withExtension(chosen);
            if (svg) {
                String drawing = svg(chart, WIDTH, HEIGHT);
                write(target, () -> Files.writeString(target, drawing));
            } else {
                BufferedImage picture = png(chart, WIDTH, HEIGHT);
                write(target, () -> ImageIO.write(picture, "png", target.toFile()));
            }
        });
    }

    /// `chart` drawn at `width` x `height` pixels.
    public static BufferedImage png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /// `chart` as an SVG document of `width` x `height`.
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    private interface FileWrite {
        Object write() throws IOException;
    }

    private void write(Path target, FileWrite write) {
        runner.run("Exporting " + target.getFileName(), progress -> write.write(),
                done -> session.setNotice("Exported the chart to " + target.getFileName() + "."),
                error -> UserErrors.report(dialogs, "Could not export the chart", error));
    }
}
