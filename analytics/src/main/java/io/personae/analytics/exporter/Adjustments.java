package io.personae.analytics.exporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/// What a preset's rules changed in the values while writing (cut to a length, a country it did
/// not know), tallied so the summary can say so: a silent change to a customer's data is a bug
/// report waiting to happen.
final class Adjustments {

    private static final int NAMED_VALUES = 5;

    private final Map<String, Integer> truncated = new LinkedHashMap<>();
    private final Map<String, Integer> unknownCountries = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private int maxBytes;

    void truncated(String column, int limit) {
        truncated.merge(column, 1, Integer::sum);
        maxBytes = limit;
    }

    void unknownCountry(String value) {
        unknownCountries.merge(value.strip(), 1, Integer::sum);
    }

    /// A note on the whole export, said once.
    void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    /// One sentence per kind of change, none when nothing changed.
    List<String> describe() {
        List<String> lines = new ArrayList<>(notes);
        if (!truncated.isEmpty()) {
            int total = truncated.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(String.format(Locale.ROOT, "Cut %,d value%s to %d bytes: ", total, total == 1 ? "" : "s", maxBytes)
                    + truncated.entrySet().stream().map(e -> e.getKey() + String.format(Locale.ROOT, " (%,d)", e.getValue()))
                            .collect(Collectors.joining(", ")));
        }
        if (!unknownCountries.isEmpty()) {
            int total = unknownCountries.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(String.format(Locale.ROOT, "Left %,d countr%s blank, not recognised as a country: ", total,
                    total == 1 ? "y" : "ies") + unknownCountries.entrySet().stream().limit(NAMED_VALUES)
                            .map(e -> e.getKey() + String.format(Locale.ROOT, " (%,d)", e.getValue()))
                            .collect(Collectors.joining(", "))
                    + (unknownCountries.size() > NAMED_VALUES ? "..." : ""));
        }
        return lines;
    }
}
