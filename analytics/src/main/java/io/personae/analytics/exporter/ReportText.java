package io.personae.analytics.exporter;

import java.util.Locale;

/// Numbers as the report writes them, the same in HTML and PDF.
final class ReportText {

    private ReportText() {}

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String lift(double lift) {
        return Double.isNaN(lift) ? "–" : String.format(Locale.ROOT, "%.2f×", lift);
    }
}
