package io.personae.analytics.cli;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.choosing.KScore;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/// What `segment --sweep` and `segment --stability` print: one line per k or per segment, in
/// fixed columns so a script can read them and a person can scan them.
final class ChoosingLines {

    /// Bootstrap resamples for `--stability`.
    ///
    /// decision: 10, half of what Hennig suggests as a minimum for a final report, because a
    /// command line check should answer in seconds; a segment near the 0.75 line deserves a
    /// second look in the window either way.
    static final int STABILITY_RUNS = 10;

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})\\s*\\.\\.\\s*(\\d{1,2})\\s*");

    private ChoosingLines() {}

    /// `2..12` as sweep options with the default limits.
    ///
    /// @throws CommandLine.ParameterException when the text is not a range (a usage error)
    static SweepOptions range(CommandLine commandLine, String text) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            throw new CommandLine.ParameterException(commandLine,
                    "--sweep expects a range of segment counts such as 2..12, not '" + text + "'.");
        }
        return SweepOptions.DEFAULTS.withRange(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /// `k=4 silhouette=0.612 calinski_harabasz=1523.4 davies_bouldin=0.655 wcss=1804.2
    /// smallest=18.2% stability=0.97` per k, then the recommendation.
    static List<String> sweep(SweepResult result) {
        List<String> lines = new ArrayList<>();
        for (KScore score : result.scores()) {
            lines.add(String.format(Locale.ROOT,
                    "k=%-2d silhouette=%.3f calinski_harabasz=%.1f davies_bouldin=%.3f wcss=%.1f smallest=%.1f%% stability=%s",
                    score.k(), score.silhouette(), score.calinskiHarabasz(), score.daviesBouldin(), score.wcss(),
                    100 * score.smallestShare(),
                    Double.isNaN(score.stability()) ? "not measured" : String.format(Locale.ROOT, "%.2f", score.stability())));
        }
        lines.add(result.recommendation());
        return lines;
    }

    /// `Segment 2 Recent, frequent: Jaccard 0.93, stable` per segment.
    static List<String> stability(Segmentation segmentation, List<SegmentStability> stabilities) {
        List<String> lines = new ArrayList<>();
        for (SegmentStability stability : stabilities) {
            Persona persona = segmentation.personas().get(stability.segment());
            lines.add(String.format(Locale.ROOT, "Segment %d %s: Jaccard %.2f, %s",
                    segmentation.result().number(stability.segment()), persona.name(), stability.jaccard(),
                    stability.stable() ? "stable" : "unstable"));
        }
        return lines;
    }
}
