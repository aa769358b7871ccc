package io.personae.app.common;

import java.util.Locale;

/// Numbers as the window shows them, in the user's locale.
public final class Formats {

    private Formats() {
    }

    /// "5,000"
    public static String count(long n) {
        return String.format(locale(), "%,d", n);
    }

    /// A share 0..1 as "16.3%".
    public static String percent(double share) {
        return String.format(locale(), "%.1f%%", share * 100);
    }

    /// A feature value with as many decimals as its size needs: "1,234", "23", "3.4", "0.25".
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double size = Math.abs(value);
        if (size >= 100) {
            return String.format(locale(), "%,.0f", value);
        }
        if (size >= 10 || size == 0) {
            return String.format(locale(), "%.0f", value);
        }
        if (size >= 1) {
            return String.format(locale(), "%.1f", value);
        }
        return String.format(locale(), "%.2f", value);
    }

    /// A ratio to the average as "0.15×", "2.4×" or "12×".
    public static String lift(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "";
        }
        String pattern = ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.1f×" : "%.2f×";
        return String.format(locale(), pattern, ratio);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
