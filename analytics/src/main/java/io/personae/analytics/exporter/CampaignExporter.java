package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.ColumnRoles;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/// Writes the customers of chosen segments as a contact list that email tools (Mailchimp,
/// Klaviyo, HubSpot) import directly: one row per customer with email, names, the segment's
/// stable number and persona name, so a campaign can be addressed to a persona, and the
/// customer's primary and secondary action, so it can be addressed to what the customer needs.
///
/// The work goes in three steps: plan ([#plan], who is in, who is out, which test group),
/// columns ([PresetColumns], shaped for the tool) and writing (staged, all or nothing).
public final class CampaignExporter {

    private static final int ROWS_PER_UPDATE = 10_000;

    private CampaignExporter() {}

    /// Writes the chosen segments with actions planned from the run and the default labels.
    public static ExportSummary export(CustomerTable table, Segmentation segmentation, ExportOptions options,
            ProgressMonitor progress) throws ExportException {
        return export(table, segmentation, StrategyPlanner.plan(table, segmentation.result()), ActionVocabulary.defaults(),
                options, progress);
    }

    /// Writes the customers of `options.segments()` (all segments when empty), in the table's
    /// order, to `options.target()`, replacing it. Email-tool presets (and `contactableOnly`) leave
    /// out customers without a valid, unique, consented address (see [ExportValidator]); the plain
    /// list writes every customer, with the email empty where unknown, so the row count matches the
    /// segment sizes users see. Customers the run left out (assignment -1) are never written.
    ///
    /// @throws ExportException when a segment is not in the run, a chosen segment has nobody to
    ///                         mail, the segmentation does not belong to the table, an extra
    ///                         column does not exist, or the file cannot be written; the target is
    ///                         then unchanged and no part of the export is left
    public static ExportSummary export(CustomerTable table, Segmentation segmentation, CustomerStrategy strategy,
            ActionVocabulary vocabulary, ExportOptions options, ProgressMonitor progress) throws ExportException {
        return export(table, segmentation, strategy, vocabulary, options, progress, StagedFiles.DISK);
    }

    static ExportSummary export(CustomerTable table, Segmentation segmentation, CustomerStrategy strategy,
            ActionVocabulary vocabulary, ExportOptions options, ProgressMonitor progress, StagedFiles.Opener opener)
            throws ExportException {
        ExportPlan plan = plan(table, segmentation, strategy, options);
        int[] rows = plan.validation().included();
        Adjustments adjustments = new Adjustments();
        RowFacts facts = new RowFacts(table, segmentation, strategy, vocabulary, plan.groups(), plan.groupNames());
        String[] consent = options.preset() == ExportPreset.KLAVIYO ? ConsentStatus.of(table).orElse(null) : null;
        List<ExportColumn> columns = PresetColumns.build(options.preset(), facts, consent, options.columns(), adjustments);
        if (options.excludedFile() != null) {
            ExcludedFile.write(options.excludedFile(), plan.validation(), options.bom(), opener);
            adjustments.note("Wrote the " + plan.validation().excluded().size() + " customers left out to "
                    + options.excludedFile().getFileName() + ".");
        }
        List<Path> files;
        try {
            files = write(columns, rows, options, progress, opener);
        } catch (ExportException | RuntimeException e) {
            if (options.excludedFile() != null) {
                ExcludedFile.delete(options.excludedFile());
            }
            throw e;
        }
        progress.update(1, "Exported " + rows.length + " customers");
        String[] ids = new String[rows.length];
        for (int p = 0; p < rows.length; p++) {
            ids[p] = table.ids()[rows[p]];
        }
        return new ExportSummary(options.target(), rows.length, files, options, plan, adjustments.describe(),
                new ExportedRows(ids, plan.groups(), plan.groupNames()));
    }

    /// Who the export would write and leave out, and the test groups, without writing anything.
    ///
    /// @throws ExportException when a segment is not in the run, a chosen segment has nobody to
    ///                         mail, or the segmentation or strategy does not belong to the table
    public static ExportPlan plan(CustomerTable table, Segmentation segmentation, CustomerStrategy strategy,
            ExportOptions options) throws ExportException {
        if (strategy.size() != table.size()) {
            throw new ExportException("The actions were planned for " + strategy.size() + " customers but there are "
                    + table.size() + " now. Segment again, then export.");
        }
        ValidationReport validation = validate(table, segmentation, options);
        int[] assignment = segmentation.result().assignment();
        int[] numbers = numbers(segmentation);
        boolean consentKnown = ColumnRoles.consentColumn(table).isPresent();
        requireContactable(validation, assignment, numbers, options, consentKnown && !options.keepUnconsented());
        byte[] groups = null;
        List<String> groupNames = List.of();
        if (options.split() != null) {
            groups = GroupAssigner.assign(validation.included(), assignment, numbers, options.split(), options.seed());
            groupNames = options.split().groups();
        }
        return new ExportPlan(validation, groups, groupNames, options.seed(), options.baseline());
    }

    /// Writes who an export with `options` would leave out, and why, to `file` (as [ExcludedFile]
    /// does beside an export), without exporting: the list to clean the data with, written even
    /// when nobody in the chosen segments is left to mail.
    ///
    /// @throws ExportException when a segment is not in the run, the segmentation does not belong
    ///                         to the table, or the file cannot be written (it is then unchanged)
    public static ValidationReport writeExcluded(CustomerTable table, Segmentation segmentation, ExportOptions options,
            Path file) throws ExportException {
        ValidationReport validation = validate(table, segmentation, options);
        ExcludedFile.write(file, validation, options.bom(), StagedFiles.DISK);
        return validation;
    }

    /// Who of the chosen segments is written and who is left out, and why.
    private static ValidationReport validate(CustomerTable table, Segmentation segmentation, ExportOptions options)
            throws ExportException {
        int[] assignment = segmentation.result().assignment();
        if (assignment.length != table.size()) {
            throw new ExportException("The segmentation was made for " + assignment.length + " customers but there are "
                    + table.size() + " now. Segment again, then export.");
        }
        int[] numbers = numbers(segmentation);
        for (int segment : options.segments()) {
            if (segment < 0 || segment >= numbers.length) {
                throw new ExportException("There is no such segment in this segmentation; choose one of "
                        + Arrays.stream(numbers).sorted().mapToObj(String::valueOf).collect(Collectors.joining(", ")) + ".");
            }
        }
        int[] candidates = java.util.stream.IntStream.range(0, assignment.length)
                .filter(i -> assignment[i] >= 0 && options.includes(assignment[i])).toArray();
        boolean[] consent = ColumnRoles.consent(table).orElse(null);
        return ExportValidator.check(table, candidates, assignment, numbers, consent, options);
    }

    /// The number users see of each segment index.
    private static int[] numbers(Segmentation segmentation) {
        int k = segmentation.result().k();
        int[] numbers = new int[k];
        for (int s = 0; s < k; s++) {
            numbers[s] = segmentation.result().number(s);
        }
        return numbers;
    }

    /// A chosen segment nobody in can be mailed is a mistake worth stopping for, not an empty file.
    private static void requireContactable(ValidationReport validation, int[] assignment, int[] numbers,
            ExportOptions options, boolean consentCounts) throws ExportException {
        if (!options.excludesUncontactable()) {
            return;
        }
        String who = consentCounts ? "a valid email address and marketing consent" : "a valid email address";
        if (validation.includedCount() == 0) {
            throw new ExportException((options.segments().size() == 1
                    ? "Segment " + numbers[options.segments().iterator().next()] : "No chosen segment")
                    + " has no customer with " + who + ": nothing to export.");
        }
        int[] contactable = new int[numbers.length];
        for (int row : validation.included()) {
            contactable[assignment[row]]++;
        }
        List<Integer> empty = new ArrayList<>();
        for (int segment : options.segments()) {
            if (contactable[segment] == 0) {
                empty.add(numbers[segment]);
            }
        }
        if (!empty.isEmpty()) {
            empty.sort(null);
            throw new ExportException((empty.size() == 1 ? "Segment " + empty.getFirst() + " has" : "Segments "
                    + empty.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " have")
                    + " no customer with " + who + ": nothing to export for "
                    + (empty.size() == 1 ? "it" : "them") + ". Leave " + (empty.size() == 1 ? "it" : "them")
                    + " out of the export.");
        }
    }

    private static List<Path> write(List<ExportColumn> columns, int[] rows, ExportOptions options,
            ProgressMonitor progress, StagedFiles.Opener opener) throws ExportException {
        List<String> header = columns.stream().map(ExportColumn::header).toList();
        Path target = options.target();
        progress.update(0, "Exporting " + rows.length + " customers");
        try (StagedFiles staged = StagedFiles.beside(target, opener)) {
            List<Path> finals;
            List<Path> leftovers;
            try (RowSink sink = sink(staged, target, header, rows.length, options)) {
                String[] cells = new String[columns.size()];
                List<String> row = Arrays.asList(cells);
                for (int p = 0; p < rows.length; p++) {
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = columns.get(c).at(rows[p], p);
                    }
                    sink.row(row);
                    if ((p + 1) % ROWS_PER_UPDATE == 0) {
                        progress.checkCancelled();
                        progress.update((double) (p + 1) / rows.length, "Exported " + (p + 1) + " of " + rows.length
                                + " customers");
                    }
                }
                progress.checkCancelled();
                finals = sink.finish();
                leftovers = sink.leftovers(finals);
            } catch (IOException e) {
                throw new ExportException(StagedFiles.describe(target.toAbsolutePath(), e), e);
            }
            staged.commit(finals, leftovers);
            return finals;
        }
    }

    private static RowSink sink(StagedFiles staged, Path target, List<String> header, int rows, ExportOptions options)
            throws ExportException {
        if (options.preset().writesXlsx(target.getFileName().toString())) {
            return new XlsxSink(staged, target, header, rows);
        }
        long maxBytes = options.preset() == ExportPreset.KLAVIYO ? options.splitBytes() : Long.MAX_VALUE;
        return new CsvSink(staged, target, header, options.bom(), maxBytes);
    }
}
