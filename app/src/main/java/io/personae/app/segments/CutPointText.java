package io.personae.app.segments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/// RFM cut points as the user reads and types them: plain numbers, a point or a comma for decimals.
final class CutPointText {

    private CutPointText() {
    }

    /// "30", "2", "164.41": at most two decimals, no trailing zeros, no grouping.
    static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /// The number in `text`, or NaN when it is not one. "1,234.5" and "1234,5" both read.
    static double parse(String text) {
        String plain = text == null ? "" : text.strip().replace(" ", "").replace("_", "").replace("'", "");
        if (plain.contains(",") && plain.contains(".")) {
            plain = plain.replace(",", "");
        } else {
            plain = plain.replace(',', '.');
        }
        if (plain.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(plain);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
