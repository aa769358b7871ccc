package io.personae.analytics.cli;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.RelationshipTagger;
import io.personae.analytics.personas.ScorecardThresholds;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.workspace.WorkspaceException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae bench personas FILE [--k K]`: what the persona screens wait for after segmentation.
///
/// The file is imported into a temporary workspace (not timed) and segmented with k-means at `K`;
/// that fit is timed once as `segment_ms`, the in-run yardstick. Then the analysis after
/// segmentation, profiles, scorecard, value-potential strategy with actions and the relationship
/// overlay, is timed: `first_ms` is the first one (what a user waits for, JIT warm-up
/// included), `analysis_ms` the median of the timed repeats after it, and `analysis_cpu_ms` the
/// median CPU time of the same repeats.
///
/// decision: CPU time is printed beside the wall clock because the analysis runs on one thread:
/// on a machine busy with other work its CPU time still says what it costs, while the wall
/// clock also counts the time other processes held the cores.
@Command(name = "personas", mixinStandardHelpOptions = true,
        description = "Times the persona analysis after segmentation (profiles, scorecard, actions, relationships) on a file.")
final class PersonasBenchCommand extends EngineCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV or Excel file, columns guessed as by import")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR", description = "time a copy of this workspace's customers instead of importing FILE")
    Path workspace;

    @Option(names = "--k", paramLabel = "K", description = "segments (default: ${DEFAULT-VALUE})")
    int k = 6;

    @Option(names = "--repeats", paramLabel = "R", description = "timed analyses after the first; the median is printed (default: ${DEFAULT-VALUE})")
    int repeats = 5;

    @Override
    void run() throws ImportException, WorkspaceException, SegmentationException {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1.");
        }
        SegmentationOptions options = SegmentationOptions.withK(k);
        try (BenchProject bench = BenchProject.open(file, workspace, "personas")) {
            Project project = bench.project();
            CustomerTable table = project.customers().orElseThrow();
            ActionVocabulary vocabulary = project.actionVocabulary();
            long t0 = System.nanoTime();
            SegmentationResult result = Segmenter.segment(table, options, ProgressMonitor.NONE);
            double segmentMillis = (System.nanoTime() - t0) / 1e6;
            double firstMillis = analyse(table, result, vocabulary)[0];
            double[] millis = new double[repeats];
            double[] cpuMillis = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                double[] timing = analyse(table, result, vocabulary);
                millis[r] = timing[0];
                cpuMillis[r] = timing[1];
            }
            printResult(String.format(Locale.ROOT,
                    "personas customers=%d k=%d analysis_ms=%.1f analysis_cpu_ms=%.1f first_ms=%.1f segment_ms=%.1f",
                    table.size(), result.k(), BenchProject.median(millis), BenchProject.median(cpuMillis), firstMillis, segmentMillis));
        }
    }

    /// `{wall clock, CPU time}` in milliseconds of one analysis of `result`.
    private static double[] analyse(CustomerTable table, SegmentationResult result, ActionVocabulary vocabulary)
            throws SegmentationException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        PersonaAnalysis.of(table, result, ScorecardThresholds.DEFAULTS, vocabulary);
        RelationshipTagger.tag(table, result);
        long end = System.nanoTime();
        return new double[] {(end - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
    }
}
