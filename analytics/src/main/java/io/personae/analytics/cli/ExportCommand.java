package io.personae.analytics.cli;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.GroupSplit;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.exporter.ValidationReport;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae export --workspace DIR --out FILE [--preset P] [--segment S]... [--ab 45,45,10]
/// [--seed 7] [--column NAME]... [--bom] [--excluded FILE]`: writes the customers of the latest
/// segmentation's chosen segments shaped for an email tool, and records the export.
///
/// `personae export --workspace DIR --excluded FILE --excluded-only [--preset P] [--segment S]...`
/// writes only who that export would leave out, and why, for whoever cleans the data.
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the customers of chosen segments to a file for an email tool or a spreadsheet.")
final class ExportCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace, already segmented")
    Path workspace;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write; replaced if it exists")
    Path target;

    @Option(names = "--preset", paramLabel = "PRESET", defaultValue = "csv",
            description = "mailchimp, klaviyo, hubspot, csv or xlsx, or the name of a preset saved in the workspace;"
                    + " default: ${DEFAULT-VALUE}")
    String preset;

    @Option(names = "--segment", paramLabel = "NAME_OR_NUMBER",
            description = "a segment's name or its number as `segment` prints it; repeat for more; default: every segment")
    List<String> segments = new ArrayList<>();

    @Option(names = "--ab", paramLabel = "SHARES",
            description = "test groups drawn within each segment, in whole percent: A,B or A,B,HOLDOUT or A,B,C,HOLDOUT"
                    + " (the holdout is always last), for example 45,45,10; written in a column named Variant")
    String ab;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of the test groups' draw; default: a new one, printed")
    Long seed;

    @Option(names = "--baseline", paramLabel = "PERCENT", defaultValue = "2",
            description = "the conversion rate (in %%) the detectable-effect hint assumes; default: ${DEFAULT-VALUE}")
    double baseline;

    @Option(names = "--column", paramLabel = "NAME", description = "a feature or category to add as a column; repeat for more")
    List<String> columns = new ArrayList<>();

    @Option(names = "--bom", description = "start CSV files with a UTF-8 byte order mark (older Excel needs it for accents)")
    boolean bom;

    @Option(names = "--excluded", paramLabel = "FILE", description = "also write the customers left out, and why, to this CSV file")
    Path excluded;

    @Option(names = "--excluded-only", description = "write only the --excluded file, not the export; nothing is"
            + " recorded in the history")
    boolean excludedOnly;

    @Option(names = "--contactable-only", description = "leave out customers without a valid, unique, consented address"
            + " from a csv or xlsx list too (email-tool presets always do)")
    boolean contactableOnly;

    @Option(names = "--keep-unconsented", description = "keep customers who did not consent (with their consent status)")
    boolean keepUnconsented;

    @Override
    void run() throws WorkspaceException, ExportException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            Segmentation segmentation = project.segmentation().orElseThrow(() -> new ExportException(
                    "The workspace has no segments yet. Segment it first: personae segment --workspace " + workspace + " --k 5"));
            if (excludedOnly) {
                writeExcluded(project, segmentation);
                return;
            }
            if (target == null) {
                throw new IllegalArgumentException("Name the file to write with --out FILE (or give --excluded FILE"
                        + " --excluded-only to write only the customers left out).");
            }
            ExportSummary summary = project.export(options(project, segmentation, target).withExcludedFile(excluded),
                    progress());
            for (String line : summary.lines()) {
                printResult(line);
            }
        }
    }

    /// The customers the export would leave out, checked as the export checks them, to `--excluded`.
    private void writeExcluded(Project project, Segmentation segmentation) throws ExportException, WorkspaceException {
        if (excluded == null) {
            throw new IllegalArgumentException("--excluded-only writes the customers left out: name the file with --excluded FILE.");
        }
        if (target != null || ab != null) {
            throw new IllegalArgumentException("--excluded-only writes no export: leave out --out and --ab.");
        }
        // decision: the check does not depend on where the export would go; the list's own name stands in
        ExportOptions options = options(project, segmentation, excluded);
        CustomerTable table = project.customers().orElseThrow();
        ValidationReport report = CampaignExporter.writeExcluded(table, segmentation, options, excluded);
        int left = report.excluded().size();
        printResult(String.format(Locale.ROOT, "Wrote the list of %,d customer%s left out to %s (%,d would be exported)",
                left, left == 1 ? "" : "s", excluded.getFileName(), report.includedCount()));
        for (String line : report.describe()) {
            printResult(line);
        }
    }

    private ExportOptions options(Project project, Segmentation segmentation, Path file)
            throws ExportException, WorkspaceException {
        Optional<SavedPreset> saved = project.savedPresets().stream().filter(p -> p.name().equalsIgnoreCase(preset.strip()))
                .findFirst();
        // decision: the preset first, so an .xlsx name is checked against the preset chosen, not the default
        ExportPreset base = saved.isPresent() ? saved.get().base() : ExportPreset.of(preset);
        ExportOptions options = ExportOptions.of(file, base).withSegments(chosen(segmentation)).withBom(bom)
                .withContactableOnly(contactableOnly).withKeepUnconsented(keepUnconsented).withBaseline(baseline / 100);
        if (saved.isPresent()) {
            options = options.withColumns(saved.get().columns());
        }
        if (!columns.isEmpty()) {
            List<String> all = new ArrayList<>(options.columns());
            columns.stream().filter(c -> all.stream().noneMatch(c::equalsIgnoreCase)).forEach(all::add);
            options = options.withColumns(all);
        }
        if (ab != null) {
            // decision: a fresh seed when none is given, printed with the groups, so the draw can be repeated
            options = options.withSplit(GroupSplit.parse(ab), seed != null ? seed : new SecureRandom().nextInt(1_000_000));
        } else if (seed != null) {
            throw new IllegalArgumentException("--seed draws test groups: give the shares with --ab too, for example --ab 45,45,10.");
        }
        return options;
    }

    private Set<Integer> chosen(Segmentation segmentation) throws ExportException {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String wanted : segments) {
            OptionalInt segment = segmentation.findSegment(wanted);
            if (segment.isEmpty()) {
                throw new ExportException("There is no segment '" + wanted + "'. Choose one of: "
                        + segmentation.personas().stream().map(persona -> SegmentCommand.label(segmentation, persona))
                                .collect(Collectors.joining(", ")) + ".");
            }
            chosen.add(segment.getAsInt());
        }
        return chosen;
    }

}
