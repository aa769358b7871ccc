package io.personae.analytics.cli;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae bench export FILE [--preset P]`: the export of every customer, validation included.
///
/// The file is imported into a temporary workspace and segmented with k = 6 (neither is timed).
/// Each repeat then times, in the same run:
/// - `export_ms`: the engine's export ([CampaignExporter#export]): check every customer's address,
///   consent and duplicates, shape the columns for the preset, write the file under a temporary
///   name and move it into place;
/// - `baseline_ms`: the same rows and the same seven columns written with a plain
///   `BufferedWriter`, joined with commas, without validation, quoting, formula guard or staging:
///   the floor any CSV export pays, so `ratio` says what the rules cost on this machine;
/// - `with_history_ms`: the whole [Project#export] the window and `personae export` run: the
///   export, then recording who was exported in the workspace's history.
///
/// decision: medians after one untimed warm-up round, as the other benchmarks do; the cold first
/// export is printed too (`first_ms`), since a user in a workshop exports once per session.
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Times exporting every customer of a file, validation included, against a plain CSV write.")
final class ExportBenchCommand extends EngineCommand {

    private static final int SEGMENTS = 6;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV or Excel file, columns guessed as by import")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR", description = "time a copy of this workspace's customers instead of importing FILE")
    Path workspace;

    @Option(names = "--preset", paramLabel = "PRESET", defaultValue = "klaviyo", split = ",",
            description = "mailchimp, klaviyo, hubspot, csv or xlsx; several (comma-separated or repeated) are timed"
                    + " on one import, a line each; default: ${DEFAULT-VALUE}")
    List<String> presets;

    @Option(names = "--repeats", paramLabel = "R", description = "timed rounds; the medians are printed (default: ${DEFAULT-VALUE})")
    int repeats = 3;

    @Override
    void run() throws ImportException, WorkspaceException, SegmentationException, ExportException {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1.");
        }
        List<ExportPreset> chosen = presets.stream().map(ExportPreset::of).toList();
        try (BenchProject bench = BenchProject.open(file, workspace, "export")) {
            Project project = bench.project();
            Segmentation segmentation = project.segment(SegmentationOptions.withK(SEGMENTS), ProgressMonitor.NONE);
            CustomerTable table = project.customers().orElseThrow();
            for (ExportPreset preset : chosen) {
                time(project, table, segmentation, preset, bench.folder());
            }
        }
    }

    /// One line of figures for `preset`.
    private void time(Project project, CustomerTable table, Segmentation segmentation, ExportPreset preset, Path folder)
            throws SegmentationException, WorkspaceException, ExportException {
        CustomerStrategy strategy = project.strategy();
        ActionVocabulary vocabulary = project.actionVocabulary();
        ExportOptions exportOptions = ExportOptions.of(
                folder.resolve(preset == ExportPreset.XLSX ? "customers.xlsx" : "customers.csv"), preset);
        Path baselineFile = folder.resolve("baseline.csv");
        double[] exportMillis = new double[repeats];
        double[] baselineMillis = new double[repeats];
        double[] projectMillis = new double[repeats];
        ExportSummary summary = null;
        double first = 0;
        for (int round = -1; round < repeats; round++) {
            long t0 = System.nanoTime();
            summary = CampaignExporter.export(table, segmentation, strategy, vocabulary, exportOptions, ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            writePlain(baselineFile, table, segmentation, strategy, vocabulary, summary.validation().included());
            long t2 = System.nanoTime();
            project.export(exportOptions, ProgressMonitor.NONE);
            long t3 = System.nanoTime();
            if (round < 0) {
                first = (t1 - t0) / 1e6;
            } else {
                exportMillis[round] = (t1 - t0) / 1e6;
                baselineMillis[round] = (t2 - t1) / 1e6;
                projectMillis[round] = (t3 - t2) / 1e6;
            }
        }
        double export = BenchProject.median(exportMillis);
        double baseline = BenchProject.median(baselineMillis);
        printResult(String.format(Locale.ROOT, "export customers=%d preset=%s rows=%d excluded=%d export_ms=%.0f"
                + " baseline_ms=%.0f ratio=%.2f first_ms=%.0f with_history_ms=%.0f", table.size(), preset.id(),
                summary.rows(), summary.validation().excluded().size(), export, baseline, export / baseline, first,
                BenchProject.median(projectMillis)));
    }

    /// The peer: the rows the export wrote, the same seven columns, straight into a buffered file.
    private static void writePlain(Path target, CustomerTable table, Segmentation segmentation, CustomerStrategy strategy,
            ActionVocabulary vocabulary, int[] rows) {
        int k = segmentation.result().k();
        String[] segments = new String[k];
        String[] personas = new String[k];
        for (int s = 0; s < k; s++) {
            segments[s] = "Segment " + segmentation.result().number(s);
        }
        for (Persona persona : segmentation.personas()) {
            personas[persona.segment()] = persona.name();
        }
        String[] actions = Arrays.stream(ActionType.values()).map(vocabulary::label).toArray(String[]::new);
        int[] assignment = segmentation.result().assignment();
        byte[] primary = strategy.primary();
        byte[] secondary = strategy.secondary();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write("Email,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action\r\n");
            for (int row : rows) {
                out.write(orEmpty(table.emails()[row]));
                out.write(',');
                out.write(orEmpty(table.firstNames()[row]));
                out.write(',');
                out.write(orEmpty(table.lastNames()[row]));
                out.write(',');
                out.write(segments[assignment[row]]);
                out.write(',');
                out.write(personas[assignment[row]]);
                out.write(',');
                out.write(primary[row] < 0 ? "" : actions[primary[row]]);
                out.write(',');
                out.write(secondary[row] < 0 ? "" : actions[secondary[row]]);
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
