package io.personae.analytics.exporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/// What an export will write, worked out before writing: who is in, who is left out and why,
/// and the test groups. The export dialog shows it while the user chooses.
///
/// @param validation who is written and who is left out
/// @param groups     per written customer (in file order) the index of their group; `null` without test groups
/// @param groupNames the groups' names, empty without test groups
/// @param seed       the seed the groups were drawn with
/// @param baseline   the conversion rate the detectable-effect hints assume
public record ExportPlan(ValidationReport validation, byte[] groups, List<String> groupNames, long seed, double baseline) {

    public ExportPlan {
        groupNames = List.copyOf(groupNames);
    }

    /// Customers per group, in group order; empty without test groups.
    public Map<String, Integer> groupSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        if (groups == null) {
            return sizes;
        }
        int[] counts = new int[groupNames.size()];
        for (byte group : groups) {
            counts[group]++;
        }
        for (int g = 0; g < counts.length; g++) {
            sizes.put(groupNames.get(g), counts[g]);
        }
        return sizes;
    }

    /// The smallest lift each comparison can detect: between the two smallest variants, and
    /// between the smallest variant and the holdout when there is one.
    public List<DetectableEffect> effects() {
        List<DetectableEffect> effects = new ArrayList<>();
        Map<String, Integer> sizes = groupSizes();
        if (sizes.isEmpty()) {
            return effects;
        }
        Integer holdout = sizes.remove(GroupSplit.HOLDOUT);
        List<Integer> variants = sizes.values().stream().sorted().toList();
        effects.add(DetectableEffect.between(variants.get(0), variants.get(1), baseline));
        if (holdout != null && holdout > 0) {
            effects.add(DetectableEffect.between(variants.get(0), holdout, baseline));
        }
        return effects;
    }

    /// "Groups (seed 7): A 4,500, B 4,500, Holdout 1,000", then one hint per comparison; nothing
    /// without test groups.
    public List<String> describeGroups() {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> sizes = groupSizes();
        if (sizes.isEmpty()) {
            return lines;
        }
        lines.add("Groups (seed " + seed + "): " + sizes.entrySet().stream()
                .map(e -> e.getKey() + String.format(Locale.ROOT, " %,d", e.getValue())).collect(Collectors.joining(", ")));
        List<DetectableEffect> effects = effects();
        for (int e = 0; e < effects.size(); e++) {
            lines.add(effects.get(e).describe(e == 0 ? "variant" : "smallest variant and the holdout"));
        }
        return lines;
    }
}
