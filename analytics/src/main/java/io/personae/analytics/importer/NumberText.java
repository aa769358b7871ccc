package io.personae.analytics.importer;

import java.util.Locale;

/// Reads numbers as people and spreadsheets write them: `1234.5`, `1,234.50`, `$1,234.50`,
/// `1.234,50 €`, `-12`, `(12.00)` (accounting negative), `12 500`.
final class NumberText {

    private NumberText() {
    }

    /// Whether a cell says "no value": blank, `NA`, `N/A`, `null`, `-`, `?`, `#N/A`.
    static boolean isMissing(String text) {
        String s = text.strip();
        return s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("N/A") || s.equalsIgnoreCase("null")
                || s.equalsIgnoreCase("nan") || s.equals("-") || s.equals("?") || s.equalsIgnoreCase("#N/A");
    }

    /// The number in `text`, or NaN when it holds none.
    ///
    /// decision: a single separator followed by exactly three digits (`1,234` or `1.234`) is a
    /// thousands separator when it is not the file's decimal mark; anything else is the decimal
    /// mark. With both present, the last one is the decimal mark. `decimalComma` is the file's
    /// convention (semicolon-separated CSV), used only for `12,5`-like cells that are ambiguous.
    static double parse(String text, boolean decimalComma) {
        int n = text.length();
        // fast path: plain digits with at most a dot, the bulk of any large file
        if (!decimalComma && n > 0 && n < 18 && isPlain(text)) {
            return Double.parseDouble(text);
        }
        text = withoutCurrencyCode(text.strip());
        n = text.length();
        StringBuilder digits = new StringBuilder(n);
        boolean negative = false;
        int lastDot = -1;
        int lastComma = -1;
        int dots = 0;
        int commas = 0;
        boolean seenDigit = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                seenDigit = true;
            } else if (c == '.') {
                lastDot = digits.length();
                dots++;
                digits.append('.');
            } else if (c == ',') {
                lastComma = digits.length();
                commas++;
                digits.append(',');
            } else if (c == '-' || c == '(' || c == '\u2212') {
                // a sign before the digits, or a trailing minus ("12.50-"); one between digits makes it a date or a code
                if (seenDigit && i != n - 1) {
                    return Double.NaN;
                }
                negative = true;
            } else if (isCurrencyOrSpace(c) || c == ')' || c == '+' || c == '\'') {
                continue;
            } else if ((c == 'e' || c == 'E') && seenDigit && i + 1 < n) {
                return parseScientific(text.strip());
            } else {
                return Double.NaN;
            }
        }
        if (!seenDigit) {
            return Double.NaN;
        }
        char decimal = decimalMark(digits, lastDot, lastComma, dots, commas, decimalComma);
        StringBuilder plain = new StringBuilder(digits.length() + 1);
        if (negative) {
            plain.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        try {
            return Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static char decimalMark(CharSequence digits, int lastDot, int lastComma, int dots, int commas, boolean decimalComma) {
        if (dots > 0 && commas > 0) {
            return lastDot > lastComma ? '.' : ',';
        }
        if (dots == 0 && commas == 0) {
            return 0;
        }
        char mark = dots > 0 ? '.' : ',';
        int last = dots > 0 ? lastDot : lastComma;
        int count = dots > 0 ? dots : commas;
        boolean groupsOfThree = digits.length() - last - 1 == 3;
        boolean fileDecimal = decimalComma ? mark == ',' : mark == '.';
        if (count > 1) {
            return 0; // 1,234,567 or 1.234.567: thousands only
        }
        return groupsOfThree && !fileDecimal ? 0 : mark;
    }

    /// `12.50 EUR` or `USD 12.50` without the code.
    private static String withoutCurrencyCode(String text) {
        if (text.length() < 4) {
            return text;
        }
        String head = text.substring(0, 3);
        String tail = text.substring(text.length() - 3);
        if (isCurrencyCode(tail)) {
            return text.substring(0, text.length() - 3);
        }
        return isCurrencyCode(head) ? text.substring(3) : text;
    }

    private static boolean isCurrencyCode(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "INR" -> true;
            default -> false;
        };
    }

    private static boolean isPlain(String text) {
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot && i > 0 && i < text.length() - 1) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCurrencyOrSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    private static double parseScientific(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
