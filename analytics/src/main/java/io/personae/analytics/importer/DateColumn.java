package io.personae.analytics.importer;

import java.util.Arrays;

/// The order dates of a whole file, deciding day-first or month-first from evidence.
///
/// `3/4/2013` is March or April depending on where the file comes from; a single `13/4/2013`
/// anywhere settles it. The file is read once, so ambiguous dates are kept aside as they come
/// and fixed by [#resolve] at the end, when all the evidence is in.
final class DateColumn {

    private final FileFormat.DateOrder order;
    private long dayFirstEvidence;
    private long monthFirstEvidence;
    private String dayFirstExample;
    private String monthFirstExample;
    private long ambiguousCount;
    private Boolean chosenDayFirst;

    DateColumn() {
        this(FileFormat.DateOrder.AUTO);
    }

    DateColumn(FileFormat.DateOrder order) {
        this.order = order;
    }
    private long slashed;
    private int[] pendingRows = new int[64];
    private long[] pendingValues = new long[64];
    private int pending;

    /// Reads the date of row `row` into `days[row]`, or keeps it aside when its order is open.
    ///
    /// @return `false` when the text is not a date
    boolean read(String text, int row, int[] days) {
        long value = DateText.read(text);
        if (value == DateText.INVALID) {
            return false;
        }
        if (DateText.isAmbiguous(value)) {
            ambiguousCount++;
            if (pending == pendingRows.length) {
                pendingRows = Arrays.copyOf(pendingRows, pending * 2);
                pendingValues = Arrays.copyOf(pendingValues, pending * 2);
            }
            pendingRows[pending] = row;
            pendingValues[pending++] = value;
            slashed += DateText.isSlashed(value) ? 1 : 0;
            return true;
        }
        countEvidence(text);
        days[row] = (int) value;
        return true;
    }

    /// Fills in the dates kept aside.
    ///
    /// decision: without evidence, slashed dates are read month-first (the US `M/d/yyyy` that
    /// most exporting tools write) and dashed or dotted ones day-first (`dd-MM-yyyy`, `dd.MM.yyyy`).
    void resolve(int[] days) {
        boolean dayFirst = decide(slashed, pending);
        chosenDayFirst = dayFirst;
        for (int i = 0; i < pending; i++) {
            days[pendingRows[i]] = (int) DateText.resolve(pendingValues[i], dayFirst);
        }
        pending = 0;
    }

    /// The order to read ambiguous dates in, given how many of them were slashed.
    boolean decide(long slashedCount, long ambiguous) {
        boolean dayFirst = switch (order) {
            case DAY_FIRST -> true;
            case MONTH_FIRST -> false;
            case AUTO -> dayFirstEvidence != monthFirstEvidence
                    ? dayFirstEvidence > monthFirstEvidence
                    : slashedCount * 2 < ambiguous;
        };
        chosenDayFirst = dayFirst;
        return dayFirst;
    }

    /// Notes a value that can be read one way only, which may settle the order; for callers
    /// that keep ambiguous values themselves.
    void evidence(String text) {
        countEvidence(text);
    }

    /// Notes that an ambiguous value was seen, for [#explain].
    void ambiguous() {
        ambiguousCount++;
    }

    private void countEvidence(String text) {
        // only numeric d/m/y dates carry evidence: find their first two fields cheaply
        int a = 0;
        int i = 0;
        int n = text.length();
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            a = a * 10 + text.charAt(i++) - '0';
        }
        if (i - start < 1 || i - start > 2 || i >= n || !isSeparator(text.charAt(i))) {
            return;
        }
        i++;
        int b = 0;
        start = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            b = b * 10 + text.charAt(i++) - '0';
        }
        if (i - start < 1 || i - start > 2) {
            return;
        }
        if (a > 12 && b <= 12) {
            dayFirstEvidence++;
            if (dayFirstExample == null) {
                dayFirstExample = text.strip();
            }
        } else if (b > 12 && a <= 12) {
            monthFirstEvidence++;
            if (monthFirstExample == null) {
                monthFirstExample = text.strip();
            }
        }
    }

    /// Which order was chosen for numeric dates and why, for the import summary; empty when the
    /// column holds no date that could be read both ways.
    java.util.Optional<String> explain(String column) {
        if (ambiguousCount == 0 && dayFirstEvidence == 0 && monthFirstEvidence == 0) {
            return java.util.Optional.empty();
        }
        boolean dayFirst = chosenDayFirst != null ? chosenDayFirst : dayFirstEvidence > monthFirstEvidence;
        String which = dayFirst ? "day-first" : "month-first";
        String why;
        if (order != FileFormat.DateOrder.AUTO) {
            why = "as chosen in the import options";
        } else if (dayFirstEvidence != monthFirstEvidence) {
            why = dayFirst ? "a value " + dayFirstExample + " has a day over 12" : "a value " + monthFirstExample + " has a day over 12 in second place";
            long against = dayFirst ? monthFirstEvidence : dayFirstEvidence;
            if (against > 0) {
                why += " (" + (dayFirst ? dayFirstEvidence : monthFirstEvidence) + " values say so, " + against + " say otherwise)";
            }
        } else {
            why = "no value has a day over 12, so " + (dayFirst ? "dashed or dotted dates are read as European exports write them"
                    : "slashed dates are read as US exports write them") + "; override the date order if this is wrong";
        }
        return java.util.Optional.of("Dates in '" + column + "' read " + which + ": " + why + ".");
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '.';
    }
}
