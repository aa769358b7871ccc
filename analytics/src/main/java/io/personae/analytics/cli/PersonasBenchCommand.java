package io.personae.analytics.cli;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
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

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or Excel file, columns guessed as by import")
    Path file;

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
        ImportOptions columns = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow(() ->
                new IllegalArgumentException("The columns of " + file + " cannot be guessed; import it once with"
                        + " personae import to see which ones are missing."));
        Path folder = temporaryFolder();
        try (Project project = Project.open(folder)) {
            project.importFile(file, columns, ProgressMonitor.NONE);
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
                    table.size(), result.k(), median(millis), median(cpuMillis), firstMillis, segmentMillis));
        } finally {
            delete(folder);
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Path temporaryFolder() throws WorkspaceException {
        try {
            return Files.createTempDirectory("personae-bench-personas-");
        } catch (IOException e) {
            throw new WorkspaceException("A temporary workspace cannot be created (" + e.getMessage()
                    + "). Free some space in the temporary folder.", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the benchmark's figures stand; a leftover temporary folder is the system's to clear
        }
    }
}
