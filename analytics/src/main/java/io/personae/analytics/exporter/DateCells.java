package io.personae.analytics.exporter;

/// Dates as `YYYY-MM-DD`, the one form Klaviyo reads without asking.
///
/// decision: only forms that cannot be misread are rewritten: ISO date-times (`2026-03-01T10:15`,
/// `2026-03-01 10:15:00`) lose their time and `2026/03/01` its slashes. `03/01/2026` is left as
/// it is, since it means March in one country and January in the next.
final class DateCells {

    private DateCells() {}

    static String iso(String value) {
        if (value == null || value.length() < 10 || !isDigits(value, 0, 4) || !isDigits(value, 5, 7)
                || !isDigits(value, 8, 10)) {
            return value;
        }
        char first = value.charAt(4);
        char second = value.charAt(7);
        if (first != second || first != '-' && first != '/') {
            return value;
        }
        if (value.length() > 10 && value.charAt(10) != 'T' && value.charAt(10) != ' ') {
            return value;
        }
        return value.substring(0, 4) + '-' + value.substring(5, 7) + '-' + value.substring(8, 10);
    }

    private static boolean isDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
