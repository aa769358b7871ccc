package io.personae.analytics.cli;

import io.personae.analytics.importer.ImportException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae bench resegment FILE [--from K1 --to K2]`: the engine's share of a slider move.
///
/// The file is imported into a temporary workspace and segmented at `K1` (neither is timed);
/// then the move from `K1` to `K2` is timed in the window's three steps: the quick look
/// ([Project#preview] with [SegmentationOptions#quickLook()], one k-means restart), which the
/// window shows at once; the preview with the full settings, which replaces it; and
/// [Project#keep], the store the window does after showing that. Each timed move starts from the
/// same `K1` segmentation, kept again untimed in between, so every repeat times the same move.
@Command(name = "resegment", mixinStandardHelpOptions = true,
        description = "Times re-segmenting after a slider move (preview and store) on a customer or transactions file.")
final class ResegmentBenchCommand extends EngineCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV or Excel file, columns guessed as by import")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR", description = "time a copy of this workspace's customers instead of importing FILE")
    Path workspace;

    @Option(names = "--from", paramLabel = "K1", description = "segments before the move (default: ${DEFAULT-VALUE})")
    int from = 5;

    @Option(names = "--to", paramLabel = "K2", description = "segments after the move (default: ${DEFAULT-VALUE})")
    int to = 6;

    @Option(names = "--repeats", paramLabel = "R", description = "timed moves; the medians are printed (default: ${DEFAULT-VALUE})")
    int repeats = 5;

    // decision: warm the JIT up with untimed moves, as the k-means benchmark does: the window
    // pays the interpreter once per session, not once per slider move.
    @Option(names = "--warm-up", paramLabel = "W", description = "untimed moves before the timed ones (default: ${DEFAULT-VALUE})")
    int warmUp = 3;

    @Override
    void run() throws ImportException, WorkspaceException, SegmentationException {
        if (repeats < 1 || warmUp < 0) {
            throw new IllegalArgumentException("--repeats must be at least 1 and --warm-up at least 0.");
        }
        SegmentationOptions before = SegmentationOptions.withK(from);
        SegmentationOptions after = before.withSegments(to);
        try (BenchProject bench = BenchProject.open(file, workspace, "resegment")) {
            Project project = bench.project();
            Segmentation start = project.segment(before, ProgressMonitor.NONE);
            SegmentationOptions quick = after.quickLook().orElse(after);
            double[] quickMillis = new double[repeats];
            double[] previewMillis = new double[repeats];
            double[] keepMillis = new double[repeats];
            for (int move = -warmUp; move < repeats; move++) {
                long tq = System.nanoTime();
                project.preview(quick, ProgressMonitor.NONE);
                long t0 = System.nanoTime();
                Segmentation shown = project.preview(after, ProgressMonitor.NONE);
                long t1 = System.nanoTime();
                project.keep(shown);
                long t2 = System.nanoTime();
                project.keep(start);
                if (move >= 0) {
                    quickMillis[move] = (t0 - tq) / 1e6;
                    previewMillis[move] = (t1 - t0) / 1e6;
                    keepMillis[move] = (t2 - t1) / 1e6;
                }
            }
            printResult(String.format(Locale.ROOT,
                    "resegment customers=%d k=%d->%d quick_ms=%.1f preview_ms=%.1f keep_ms=%.1f",
                    start.result().assignment().length, from, to, BenchProject.median(quickMillis), BenchProject.median(previewMillis),
                    BenchProject.median(keepMillis)));
        }
    }
}
