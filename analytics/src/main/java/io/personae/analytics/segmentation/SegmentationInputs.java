package io.personae.analytics.segmentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/// What a run segments on, for the run's summary in the window and on the command line:
/// the features with the scaling actually applied, the categories, and what happened to
/// customers with gaps ("Missing values: 24 customers had gaps in Income; filled with the median").
///
/// @param method           the algorithm
/// @param features         the numeric features used, with [Scaling#AUTO] resolved to what it did
/// @param categories       the category columns used
/// @param missing          what was done with gaps
/// @param customers        customers in the table
/// @param customersWithGaps customers with a gap in at least one chosen feature or category
/// @param gapsByFeature    customers with a gap, per feature or category that has any, in order
/// @param notes            features left out and why (only in the default, all-features mode)
public record SegmentationInputs(
        Method method,
        List<FeatureChoice> features,
        List<String> categories,
        MissingValues missing,
        int customers,
        int customersWithGaps,
        Map<String, Integer> gapsByFeature,
        List<String> notes) {

    public SegmentationInputs {
        features = List.copyOf(features);
        categories = List.copyOf(categories);
        gapsByFeature = Collections.unmodifiableMap(new LinkedHashMap<>(gapsByFeature));
        notes = List.copyOf(notes);
    }

    /// The summary as short sentences, one per line.
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String used = features.stream()
                .map(choice -> choice.feature() + " (" + choice.scaling().label().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        lines.add(method.label() + " on " + (used.isEmpty() ? "no numeric feature" : used) + ".");
        if (!categories.isEmpty()) {
            String how = method == Method.K_PROTOTYPES ? "matched as categories" : "one-hot encoded";
            lines.add("Categories: " + String.join(", ", categories) + " (" + how + ").");
        }
        lines.add(missingLine());
        lines.addAll(notes);
        return List.copyOf(lines);
    }

    /// The summary on one line, for the command line.
    public String describe() {
        return String.join(" ", lines());
    }

    private String missingLine() {
        if (customersWithGaps == 0) {
            return "Missing values: none.";
        }
        String where = gapsByFeature.entrySet().stream()
                .map(e -> gapsByFeature.size() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        String done = switch (missing) {
            case DROP -> "left out of the segmentation";
            case MEDIAN -> "filled with the median" + (categories.isEmpty() ? "" : " (categories: the most common value)");
            case OWN_CATEGORY -> "put in a segment of their own";
        };
        return "Missing values: " + customersWithGaps + (customersWithGaps == 1 ? " customer" : " customers")
                + " had gaps in " + where + "; " + done + ".";
    }
}
