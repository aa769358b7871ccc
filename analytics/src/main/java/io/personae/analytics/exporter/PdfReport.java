package io.personae.analytics.exporter;

import io.personae.analytics.personas.Check;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.Light;
import io.personae.analytics.personas.Persona;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/// The persona report as a PDF: the same content as [HtmlReport], laid out on A4 pages with
/// JFreePDF's Graphics2D, so the charts are the same JFreeChart drawings, as vectors.
///
/// decision: text is drawn as vector outlines rather than with PDF's standard fonts, which know
/// only Latin-1: a persona called "Łódź regulars" must print as typed.
final class PdfReport {

    private static final double WIDTH = 595;
    private static final double HEIGHT = 842;
    private static final double MARGIN = 40;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 9);

    private final PDFDocument document = new PDFDocument();
    private PDFGraphics2D g2;
    private double y;

    private PdfReport() {}

    static byte[] render(ReportModel model) {
        PdfReport report = new PdfReport();
        report.document.setTitle(model.title());
        report.write(model);
        return report.document.getPDFBytes();
    }

    private void write(ReportModel model) {
        newPage();
        line(model.title(), TITLE, Color.BLACK);
        int customers = model.personas().stream().mapToInt(section -> section.persona().size()).sum();
        line(String.format(Locale.ROOT, "%d personas, %,d customers.", model.personas().size(), customers), BODY, Color.GRAY);
        y += 6;
        double chartWidth = WIDTH - 2 * MARGIN;
        double chartHeight = chartWidth * ReportCharts.HEIGHT / ReportCharts.WIDTH;
        for (ReportCharts.Kind kind : ReportCharts.Kind.values()) {
            space(chartHeight + 20);
            line(kind.title, BOLD, Color.BLACK);
            ReportCharts.chart(kind, model).draw(g2, new Rectangle2D.Double(MARGIN, y, chartWidth, chartHeight));
            y += chartHeight + 10;
        }
        for (ReportModel.Section section : model.personas()) {
            persona(section);
        }
    }

    private void persona(ReportModel.Section section) {
        Persona persona = section.persona();
        space(140);
        y += 8;
        line(section.number() + "  " + persona.name(), HEADING, new Color(0x2F6FB0));
        if (!persona.description().isBlank()) {
            paragraph(persona.description(), BODY);
        }
        line(String.format(Locale.ROOT, "Customers: %,d (%s of all)", persona.size(), ReportText.percent(persona.customerShare()))
                + (persona.hasRevenue() ? "   Revenue: " + ReportText.percent(persona.revenueShare()) + " of all spend" : "")
                + "   Action: " + (section.action().isEmpty() ? "none" : section.action()), BODY, Color.BLACK);
        for (Check check : section.checks()) {
            space(14);
            g2.setPaint(colour(check.light()));
            g2.fill(new Ellipse2D.Double(MARGIN, y + 2, 7, 7));
            double x = MARGIN + 12;
            List<String> lines = wrap(check.criterion().label() + ": " + check.reason(), BODY, WIDTH - MARGIN - x);
            for (String text : lines) {
                drawAt(text, BODY, Color.BLACK, x);
            }
        }
        for (FeatureStats feature : section.features()) {
            line(feature.feature() + ": median " + ReportText.number(feature.segmentMedian()) + " against "
                    + ReportText.number(feature.overallMedian()) + " overall, lift " + ReportText.lift(feature.lift()),
                    BODY, Color.DARK_GRAY);
        }
        if (!persona.notes().isBlank()) {
            paragraph("Notes: " + persona.notes(), BODY);
        }
    }

    private static Color colour(Light light) {
        return switch (light) {
            case GREEN -> new Color(0x3C9A4A);
            case AMBER -> new Color(0xE0A526);
            case RED -> new Color(0xC0392B);
        };
    }

    private void paragraph(String text, Font font) {
        for (String line : wrap(text, font, WIDTH - 2 * MARGIN)) {
            drawAt(line, font, Color.BLACK, MARGIN);
        }
    }

    private void line(String text, Font font, Color colour) {
        for (String part : wrap(text, font, WIDTH - 2 * MARGIN)) {
            drawAt(part, font, colour, MARGIN);
        }
    }

    private void drawAt(String text, Font font, Color colour, double x) {
        FontMetrics metrics = g2.getFontMetrics(font);
        space(metrics.getHeight());
        g2.setFont(font);
        g2.setPaint(colour);
        g2.drawString(text, (float) x, (float) (y + metrics.getAscent()));
        y += metrics.getHeight();
    }

    private List<String> wrap(String text, Font font, double width) {
        FontMetrics metrics = g2.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /// Starts a new page unless `needed` points still fit on this one.
    private void space(double needed) {
        if (y + needed > HEIGHT - MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        Page page = document.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        y = MARGIN;
    }
}
