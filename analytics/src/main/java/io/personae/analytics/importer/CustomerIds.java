package io.personae.analytics.importer;

/// Customer keys as the workspace stores them.
final class CustomerIds {

    private CustomerIds() {
    }

    /// Trimmed, and `12345.0` becomes `12345`: a numeric id column that passed through Excel or
    /// pandas (where a blank cell makes the column floating point) must still match its orders.
    static String normalise(String raw) {
        String id = raw.strip();
        int dot = id.indexOf('.');
        if (dot <= 0) {
            return id;
        }
        for (int i = 0; i < dot; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return id;
            }
        }
        for (int i = dot + 1; i < id.length(); i++) {
            if (id.charAt(i) != '0') {
                return id;
            }
        }
        return id.substring(0, dot);
    }

    /// [#normalise] on the ASCII bytes of an id already stripped to `bytes[from..to)`: where
    /// the id ends, before a `.0` that a numeric id picked up.
    static int normalisedEnd(byte[] bytes, int from, int to) {
        int dot = -1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '.') {
                dot = i;
                break;
            }
        }
        if (dot <= from) {
            return to;
        }
        for (int i = from; i < dot; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return to;
            }
        }
        for (int i = dot + 1; i < to; i++) {
            if (bytes[i] != '0') {
                return to;
            }
        }
        return dot;
    }
}
