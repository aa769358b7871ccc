package io.personae.analytics.cli;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae segment --workspace DIR --k N`: segments the workspace's customers and keeps the
/// run as the workspace's latest, which `export` then uses.
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Splits the workspace's customers into K segments with k-means and names each one.")
final class SegmentCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace to segment")
    Path workspace;

    @Option(names = "--k", required = true, paramLabel = "N", description = "number of segments, 2 to 12")
    int k;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same segments (default: ${DEFAULT-VALUE})")
    long seed = SegmentationOptions.DEFAULT_SEED;

    @Option(names = "--restarts", paramLabel = "R", description = "k-means runs from different starts; the best is kept (default: ${DEFAULT-VALUE})")
    int restarts = SegmentationOptions.DEFAULT_RESTARTS;

    @Override
    void run() throws WorkspaceException, SegmentationException {
        SegmentationOptions options = new SegmentationOptions(k, seed, restarts, SegmentationOptions.DEFAULT_MAX_ITERATIONS);
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            printResult(describe(project.segment(options, progress())));
        }
    }

    /// `Segmented 4,987 customers into 5 segments: 1 Recent, frequent (812); 2 ...`: numbered and
    /// separated by semicolons, since persona names hold commas; the number is what
    /// `export --segment` accepts.
    static String describe(Segmentation segmentation) {
        String segments = segmentation.personas().stream()
                .map(SegmentCommand::label)
                .collect(Collectors.joining("; "));
        return "Segmented " + count(segmentation.result().assignment().length) + " customers into "
                + segmentation.personas().size() + " segments: " + segments;
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String label(Persona persona) {
        return (persona.segment() + 1) + " " + persona.name() + " (" + count(persona.size()) + ")";
    }
}
