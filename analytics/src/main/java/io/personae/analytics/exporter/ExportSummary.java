package io.personae.analytics.exporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/// What an export wrote.
///
/// @param target   the file asked for
/// @param rows     customer rows written (headers not counted)
/// @param files    the files written: the target, or its parts when a Klaviyo list was split
/// @param options  the options it ran with (seed included), so it can be repeated
/// @param plan     who was written and left out, and the test groups
/// @param notes    what the preset's rules changed in values, and other remarks, one sentence each
/// @param exported the customers written, for the export history
public record ExportSummary(Path target, int rows, List<Path> files, ExportOptions options, ExportPlan plan,
        List<String> notes, ExportedRows exported) {

    public ExportSummary {
        Objects.requireNonNull(target, "target");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(exported, "exported");
    }

    /// A plain export of `rows` customers to `target`, nobody left out.
    public ExportSummary(Path target, int rows) {
        this(target, rows, List.of(target), new ExportOptions(target, Set.of()),
                new ExportPlan(new ValidationReport(new int[0], List.of()), null, List.of(), 0,
                        DetectableEffect.DEFAULT_BASELINE),
                List.of(), ExportedRows.none());
    }

    public ValidationReport validation() {
        return plan.validation();
    }

    /// "Exported 4,000 customers to spring.csv" (or to its parts).
    public String describe() {
        return "Exported " + rows + " customers to "
                + files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /// Everything to tell the user, one line each: what was written, who was left out and why,
    /// what the rules changed, the test groups and what they can detect.
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(describe());
        lines.addAll(plan.validation().describe());
        lines.addAll(notes);
        lines.addAll(plan.describeGroups());
        return lines;
    }
}
