package io.personae.analytics.personas;

import io.personae.analytics.features.TransactionFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/// Short plain-language segment names ("Recent, frequent, high spend") from the features that
/// most set each segment apart.
///
/// "Apart" is measured by the centroid coordinates: segmentation standardised every feature, so
/// a coordinate is how many standard deviations the segment's average lies from the overall
/// average, comparable across features measured in days, orders or money.
final class PersonaNamer {

    /// A feature names a segment only when the segment lies further than this from the average.
    static final double STANDS_OUT = 0.5;
    /// Features in a name, at most, unless needed to tell two segments apart.
    static final int MAX_WORDS = 3;
    static final String TYPICAL = "Typical customers";

    /// Words for the transaction features: {below average, above average}.
    private static final Map<String, String[]> WORDS = Map.of(
            TransactionFeatures.RECENCY, new String[] {"recent", "lapsed"},
            TransactionFeatures.FREQUENCY, new String[] {"one-off", "frequent"},
            TransactionFeatures.MONETARY, new String[] {"low spend", "high spend"},
            TransactionFeatures.AVERAGE_ORDER_VALUE, new String[] {"small baskets", "big baskets"},
            TransactionFeatures.TENURE, new String[] {"new", "long-standing"});

    private PersonaNamer() {}

    /// One name per segment, unique within the run.
    ///
    /// @param features  the features segmented on
    /// @param centroids `centroids[s][f]`, in standard deviations from the overall mean
    static List<String> names(List<String> features, double[][] centroids) {
        int k = centroids.length;
        int d = features.size();
        int[][] ranked = new int[k][];
        int[] length = new int[k];
        for (int s = 0; s < k; s++) {
            double[] z = centroids[s];
            ranked[s] = IntStream.range(0, d).boxed()
                    .sorted(Comparator.comparingDouble((Integer f) -> -Math.abs(z[f])).thenComparingInt(f -> f))
                    .mapToInt(Integer::intValue).toArray();
            while (length[s] < Math.min(MAX_WORDS, d) && Math.abs(z[ranked[s][length[s]]]) > STANDS_OUT) {
                length[s]++;
            }
        }
        String[] names = new String[k];
        boolean extended = true;
        while (extended) {
            for (int s = 0; s < k; s++) {
                names[s] = compose(features, centroids[s], ranked[s], length[s]);
            }
            extended = false;
            Map<String, List<Integer>> byName = new HashMap<>();
            for (int s = 0; s < k; s++) {
                byName.computeIfAbsent(names[s], name -> new ArrayList<>()).add(s);
            }
            for (List<Integer> sharing : byName.values()) {
                if (sharing.size() < 2) {
                    continue;
                }
                // a shared name: every holder takes its next strongest feature
                for (int s : sharing) {
                    if (length[s] < d) {
                        length[s]++;
                        extended = true;
                    }
                }
            }
        }
        return numberRepeats(names);
    }

    /// Names for a re-run: segments with a `kept` name (essentially the same as a segment of the
    /// previous run) keep it, so users find their personas again; the others get generated names,
    /// numbered where one is already taken ("Lapsed (2)").
    ///
    /// @param kept   per segment, the name to keep, or `null` for a new segment; kept names are
    ///               unique, as they come from one earlier run
    /// @param labels names the method gave the segments (RFM groups such as "Champions"), used
    ///               instead of generated ones; empty when it gave none
    static List<String> names(List<String> features, double[][] centroids, String[] kept, List<String> labels) {
        List<String> generated = labels.isEmpty() ? names(features, centroids) : labels;
        Set<String> taken = new HashSet<>();
        Set<String> generatedForNew = new HashSet<>();
        for (int s = 0; s < kept.length; s++) {
            if (kept[s] != null) {
                taken.add(kept[s]);
            } else {
                generatedForNew.add(generated.get(s));
            }
        }
        List<String> names = new ArrayList<>(kept.length);
        for (int s = 0; s < kept.length; s++) {
            if (kept[s] != null) {
                names.add(kept[s]);
                continue;
            }
            String name = generated.get(s);
            String candidate = name;
            int copy = 2;
            // a numbered name must not take another new segment's own generated name either
            while (taken.contains(candidate) || !candidate.equals(name) && generatedForNew.contains(candidate)) {
                candidate = name + " (" + copy++ + ")";
            }
            taken.add(candidate);
            names.add(candidate);
        }
        return names;
    }

    /// The last resort when even all features word two segments alike: "Lapsed (2)".
    private static List<String> numberRepeats(String[] names) {
        Set<String> used = new HashSet<>(Arrays.asList(names));
        Set<String> seen = new HashSet<>();
        List<String> unique = new ArrayList<>(names.length);
        for (String name : names) {
            String candidate = name;
            int copy = 2;
            // skip numbers another segment's own name already has, e.g. a genuine "Lapsed (2)"
            while (seen.contains(candidate) || !candidate.equals(name) && used.contains(candidate)) {
                candidate = name + " (" + copy++ + ")";
            }
            seen.add(candidate);
            unique.add(candidate);
        }
        return unique;
    }

    private static String compose(List<String> features, double[] z, int[] ranked, int length) {
        if (length == 0) {
            return TYPICAL;
        }
        List<String> words = new ArrayList<>(length);
        for (int w = 0; w < length; w++) {
            int f = ranked[w];
            words.add(word(features.get(f), z[f] > 0));
        }
        String joined = String.join(", ", words);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String word(String feature, boolean high) {
        String[] known = WORDS.get(feature);
        if (known != null) {
            return known[high ? 1 : 0];
        }
        return (high ? "high " : "low ") + plain(feature);
    }

    /// "Annual Income (k$)" becomes "annual income": units dropped, ordinary words in lower
    /// case, acronyms such as "BMI" kept.
    static String plain(String feature) {
        String text = feature.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return feature.strip().toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        for (String part : text.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = part.length() > 1 && part.equals(part.toUpperCase(Locale.ROOT))
                    && part.chars().anyMatch(Character::isLetter);
            out.append(acronym ? part : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
