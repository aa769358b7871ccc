package io.personae.analytics.cli;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae segment --workspace DIR --k N`: segments the workspace's customers and keeps the
/// run as the workspace's latest, which `export` then uses. `--sweep 2..12` compares numbers of
/// segments and recommends one (alone, it segments nothing); `--stability` checks how well the
/// segments hold together.
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Splits the workspace's customers into K segments (k-means unless --method says otherwise) and names each one.")
final class SegmentCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace to segment")
    Path workspace;

    @Option(names = "--k", paramLabel = "N", description = "number of segments, 2 to 12 (required unless --sweep or --stability is given)")
    Integer k;

    @Option(names = "--sweep", paramLabel = "LOW..HIGH", description = "try each number of segments in the range (e.g. 2..12), print their scores and the recommended number; segments only when --k is given too")
    String sweep;

    @Option(names = "--stability", description = "re-segment bootstrap resamples and print how well each segment holds together (of this run, or of the latest one without --k)")
    boolean stability;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same segments (default: ${DEFAULT-VALUE})")
    long seed = SegmentationOptions.DEFAULT_SEED;

    @Option(names = "--restarts", paramLabel = "R", description = "k-means runs from different starts; the best is kept (default: ${DEFAULT-VALUE})")
    int restarts = SegmentationOptions.DEFAULT_RESTARTS;

    @Option(names = "--method", paramLabel = "METHOD", converter = SegmentChoices.MethodConverter.class,
            description = "kmeans (default), gmm (Gaussian mixture), ward (Ward hierarchical), kprototypes (numbers and categories) or rfm (RFM scoring; --k is then not needed)")
    Method method = Method.KMEANS;

    @Option(names = "--feature", paramLabel = "NAME[:SCALING]", converter = SegmentChoices.FeatureConverter.class,
            description = "a feature to segment on, with its scaling: auto, standardise, robust, log or rank (repeatable; default: every feature, auto)")
    List<FeatureChoice> features = new ArrayList<>();

    @Option(names = "--category", paramLabel = "NAME", description = "a category column to segment on (repeatable)")
    List<String> categories = new ArrayList<>();

    @Option(names = "--missing", paramLabel = "HOW", converter = SegmentChoices.MissingConverter.class,
            description = "customers with gaps: drop (leave them out), median (fill the gaps; default) or own (a segment of their own)")
    MissingValues missing = MissingValues.MEDIAN;

    @Option(names = "--rfm-cuts", paramLabel = "R1,R2,R3,R4/F1,F2,F3,F4/M1,M2,M3,M4",
            description = "RFM cut points for recency (days), frequency (orders) and monetary value; default: quintiles of the data")
    String rfmCuts;

    @Option(names = "--rfm-recency", paramLabel = "R1,R2,R3,R4", description = "RFM recency cut points alone")
    String rfmRecency;

    @Option(names = "--rfm-frequency", paramLabel = "F1,F2,F3,F4", description = "RFM frequency cut points alone")
    String rfmFrequency;

    @Option(names = "--rfm-monetary", paramLabel = "M1,M2,M3,M4", description = "RFM monetary cut points alone")
    String rfmMonetary;

    @Override
    void run() throws WorkspaceException, SegmentationException {
        if (k == null && method == Method.RFM) {
            // RFM names its own groups; the number of segments is not used
            k = SegmentationOptions.MIN_K;
        }
        if (k == null && sweep == null && !stability) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--k=N' (or --sweep LOW..HIGH to compare numbers of segments first)");
        }
        SweepOptions sweepOptions = sweep == null ? null : ChoosingLines.range(spec.commandLine(), sweep);
        if (k == null) {
            requireWorkspace(workspace);
            try (Project project = Project.open(workspace)) {
                printChoosing(project, sweepOptions);
            }
            return;
        }
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            SegmentationOptions options = new SegmentationOptions(k, seed, restarts,
                    SegmentationOptions.DEFAULT_MAX_ITERATIONS, method, features, categories, missing,
                    SegmentChoices.cuts(rfmCuts, rfmRecency, rfmFrequency, rfmMonetary, project::rfmQuintiles));
            err().println(project.inputs(options).describe());
            printResult(describe(project.segment(options, progress())));
            printChoosing(project, sweepOptions);
        }
    }

    /// The sweep's line per k and its recommendation, then, with `--stability`, a line per
    /// segment of the latest segmentation (the one just made, when `--k` was given).
    private void printChoosing(Project project, SweepOptions sweepOptions) throws SegmentationException {
        if (sweepOptions != null) {
            ChoosingLines.sweep(project.sweep(sweepOptions, progress())).forEach(this::printResult);
        }
        if (stability) {
            List<SegmentStability> stabilities = project.stability(ChoosingLines.STABILITY_RUNS, progress());
            ChoosingLines.stability(project.segmentation().orElseThrow(), stabilities).forEach(this::printResult);
        }
    }

    /// `Segmented 4,987 customers into 5 segments: 1 Recent, frequent (812); 2 ...`: numbered and
    /// separated by semicolons, since persona names hold commas; the number is what
    /// `export --segment` accepts.
    static String describe(Segmentation segmentation) {
        String segments = segmentation.personas().stream()
                .map(persona -> label(segmentation, persona))
                .collect(Collectors.joining("; "));
        return "Segmented " + count(segmentation.result().assignment().length) + " customers into "
                + segmentation.personas().size() + " segments: " + segments;
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /// `3 Lapsed, one-off (812)`: the number is the segment's stable one, kept across re-runs.
    static String label(Segmentation segmentation, Persona persona) {
        return segmentation.result().number(persona.segment()) + " " + persona.name() + " (" + count(persona.size()) + ")";
    }
}
