package io.personae.analytics.exporter;

import io.personae.analytics.personas.Check;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.Persona;
import java.awt.Rectangle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/// The persona report as one self-contained HTML page: inline CSS, charts as inline SVG, no
/// script and no link to anything outside, so it can be mailed to a client or opened offline.
final class HtmlReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;max-width:980px;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;margin:0 0 .4em}
            .meta{color:#666;margin-top:0}
            figure.chart{margin:1.5em 0;border:1px solid #ddd;border-radius:6px;padding:.5em}
            figure.chart svg{max-width:100%;height:auto}
            figcaption{font-weight:bold;margin-bottom:.4em}
            article.persona{border:1px solid #ddd;border-radius:6px;padding:1em 1.2em;margin:1.2em 0;page-break-inside:avoid}
            .number{display:inline-block;min-width:1.6em;text-align:center;background:#2F6FB0;color:#fff;border-radius:4px;margin-right:.4em}
            table{border-collapse:collapse;margin:.6em 0}th,td{padding:.2em .8em .2em 0;text-align:left;vertical-align:top}
            td.number-cell{text-align:right}
            ul.lights{list-style:none;padding:0}ul.lights li{margin:.2em 0}
            .dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.5em}
            .green .dot{background:#3C9A4A}.amber .dot{background:#E0A526}.red .dot{background:#C0392B}
            .notes{background:#FFF8E1;padding:.5em .8em;border-radius:4px}
            """;

    private HtmlReport() {}

    static String render(ReportModel model) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(model.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(model.title())).append("</h1>\n");
        int customers = model.personas().stream().mapToInt(section -> section.persona().size()).sum();
        html.append("<p class=\"meta\">").append(model.personas().size()).append(" personas, ")
                .append(String.format(Locale.ROOT, "%,d", customers)).append(" customers. Made ")
                .append(escape(DATE.format(model.created()))).append(".</p>\n");
        html.append("<section class=\"charts\">\n");
        for (ReportCharts.Kind kind : ReportCharts.Kind.values()) {
            html.append("<figure class=\"chart\" id=\"").append(kind.id).append("\">\n<figcaption>")
                    .append(escape(kind.title)).append("</figcaption>\n")
                    .append(svg(ReportCharts.chart(kind, model), kind.id)).append("\n</figure>\n");
        }
        html.append("</section>\n<section class=\"personas\">\n");
        for (ReportModel.Section section : model.personas()) {
            persona(html, section);
        }
        html.append("</section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void persona(StringBuilder html, ReportModel.Section section) {
        Persona persona = section.persona();
        html.append("<article class=\"persona\" id=\"persona-").append(section.number()).append("\">\n<h2><span class=\"number\">")
                .append(section.number()).append("</span>").append(escape(persona.name())).append("</h2>\n");
        if (!persona.description().isBlank()) {
            html.append("<p class=\"description\">").append(escape(persona.description())).append("</p>\n");
        }
        html.append("<table class=\"figures\">\n");
        row(html, "Customers", String.format(Locale.ROOT, "%,d (%s of all)", persona.size(), percent(persona.customerShare())));
        if (persona.hasRevenue()) {
            row(html, "Revenue", percent(persona.revenueShare()) + " of all spend");
        }
        row(html, "Action", section.action().isEmpty() ? "none" : section.action());
        html.append("</table>\n<ul class=\"lights\">\n");
        for (Check check : section.checks()) {
            String light = check.light().name().toLowerCase(Locale.ROOT);
            html.append("<li class=\"light ").append(light).append("\"><span class=\"dot\" title=\"").append(light)
                    .append("\"></span><strong>").append(escape(check.criterion().label())).append(":</strong> ")
                    .append(escape(check.reason())).append("</li>\n");
        }
        html.append("</ul>\n");
        if (!section.features().isEmpty()) {
            html.append("<table class=\"features\">\n<tr><th>What sets them apart</th><th>Segment median</th>"
                    + "<th>Overall median</th><th>Lift</th></tr>\n");
            for (FeatureStats feature : section.features()) {
                html.append("<tr><td>").append(escape(feature.feature())).append("</td><td class=\"number-cell\">")
                        .append(ReportText.number(feature.segmentMedian())).append("</td><td class=\"number-cell\">")
                        .append(ReportText.number(feature.overallMedian())).append("</td><td class=\"number-cell\">")
                        .append(ReportText.lift(feature.lift())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!persona.notes().isBlank()) {
            html.append("<p class=\"notes\"><strong>Notes:</strong> ").append(escape(persona.notes())).append("</p>\n");
        }
        html.append("</article>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String svg(JFreeChart chart, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(ReportCharts.WIDTH, ReportCharts.HEIGHT);
        // decision: a prefix per chart, so the clip paths of three charts in one page do not share ids
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, ReportCharts.WIDTH, ReportCharts.HEIGHT));
        return g2.getSVGElement(id + "-svg");
    }

    private static String percent(double share) {
        return ReportText.percent(share);
    }

    /// Text safe inside HTML elements and attribute values.
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
