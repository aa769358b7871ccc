package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Segmentation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/// Writes the customers of chosen segments as a contact list that email tools (Mailchimp,
/// Klaviyo...) import directly: one row per customer with email, names and the segment's
/// persona name, so a campaign can be addressed to a persona, and the customer's primary and
/// secondary action, so it can be addressed to what the customer needs.
public final class CampaignExporter {

    /// Column names email tools map automatically, then the persona and the actions.
    ///
    /// decision: `Segment` is the segment's stable number ("Segment 3", kept across re-runs by the
    /// matching) and `Persona` its name, which users may edit: a tag that must not change when a
    /// persona is renamed, and one a person reads.
    static final List<String> HEADER = List.of("Email Address", "First Name", "Last Name", "Segment", "Persona",
            "Primary Action", "Secondary Action");

    private static final int ROWS_PER_UPDATE = 10_000;

    private CampaignExporter() {}

    /// Writes the customers of `options.segments()` (all segments when empty), in the table's
    /// order, to `options.target()`, replacing it. Customers without an email are written too,
    /// with the email empty, so the row count matches the segment sizes users see. Customers the
    /// run left out (assignment -1) belong to no segment and are never written.
    ///
    /// @throws ExportException when a segment is not in the run, the segmentation does not
    ///                         belong to the table, or the file cannot be written; the target is
    ///                         then unchanged
    public static ExportSummary export(CustomerTable table, Segmentation segmentation, ExportOptions options,
            ProgressMonitor progress) throws ExportException {
        return export(table, segmentation, StrategyPlanner.plan(table, segmentation.result()), ActionVocabulary.defaults(),
                options, progress);
    }

    /// As [#export(CustomerTable, Segmentation, ExportOptions, ProgressMonitor)], with each
    /// customer's actions from `strategy` under the labels of `vocabulary`; a customer without an
    /// action (no value to place them by) gets empty action cells.
    public static ExportSummary export(CustomerTable table, Segmentation segmentation, CustomerStrategy strategy,
            ActionVocabulary vocabulary, ExportOptions options, ProgressMonitor progress) throws ExportException {
        if (strategy.size() != table.size()) {
            throw new ExportException("The actions were planned for " + strategy.size() + " customers but there are "
                    + table.size() + " now. Segment again, then export.");
        }
        int[] assignment = segmentation.result().assignment();
        if (assignment.length != table.size()) {
            throw new ExportException("The segmentation was made for " + assignment.length + " customers but there are "
                    + table.size() + " now. Segment again, then export.");
        }
        String[] names = personaNames(segmentation);
        String[] segments = segmentLabels(segmentation);
        for (int segment : options.segments()) {
            if (segment < 0 || segment >= names.length) {
                throw new ExportException("There is no such segment in this segmentation; choose one of "
                        + numbers(segmentation) + ".");
            }
        }
        int rows = (int) Arrays.stream(assignment).filter(s -> s >= 0 && options.includes(s)).count();
        progress.update(0, "Exporting " + rows + " customers");
        Actions actions = new Actions(strategy, vocabulary);
        AtomicFile.write(options.target(),
                out -> writeRows(new CsvRowWriter(out), table, assignment, segments, names, actions, options, rows,
                        progress));
        progress.update(1, "Exported " + rows + " customers");
        return new ExportSummary(options.target(), rows);
    }

    private static void writeRows(CsvRowWriter csv, CustomerTable table, int[] assignment, String[] segments,
            String[] names, Actions actions, ExportOptions options, int rows, ProgressMonitor progress)
            throws IOException {
        csv.writeRow(HEADER);
        int written = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] < 0 || !options.includes(assignment[i])) {
                continue;
            }
            int s = assignment[i];
            csv.writeRow(Arrays.asList(table.emails()[i], table.firstNames()[i], table.lastNames()[i], segments[s],
                    names[s], actions.primary(i), actions.secondary(i)));
            if (++written % ROWS_PER_UPDATE == 0) {
                progress.checkCancelled();
                progress.update((double) written / rows, "Exported " + written + " of " + rows + " customers");
            }
        }
        progress.checkCancelled();
    }

    /// The numbers users see, "1, 2, 4, 5": identities may leave gaps after a re-run.
    private static String numbers(Segmentation segmentation) {
        return Arrays.stream(segmentation.result().identities()).sorted()
                .mapToObj(identity -> String.valueOf(identity + 1)).collect(Collectors.joining(", "));
    }

    /// The action labels per customer, looked up by ordinal rather than through `Optional`, as this
    /// runs once per exported row.
    private record Actions(CustomerStrategy strategy, String[] labels) {

        Actions(CustomerStrategy strategy, ActionVocabulary vocabulary) {
            this(strategy, Arrays.stream(ActionType.values()).map(vocabulary::label).toArray(String[]::new));
        }

        String primary(int i) {
            byte action = strategy.primary()[i];
            return action < 0 ? "" : labels[action];
        }

        String secondary(int i) {
            byte action = strategy.secondary()[i];
            return action < 0 ? "" : labels[action];
        }
    }

    private static String[] segmentLabels(Segmentation segmentation) {
        String[] labels = new String[segmentation.result().k()];
        for (int s = 0; s < labels.length; s++) {
            labels[s] = "Segment " + segmentation.result().number(s);
        }
        return labels;
    }

    private static String[] personaNames(Segmentation segmentation) {
        String[] names = new String[segmentation.result().k()];
        for (Persona persona : segmentation.personas()) {
            names[persona.segment()] = persona.name();
        }
        return names;
    }
}
