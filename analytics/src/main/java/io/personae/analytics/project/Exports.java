package io.personae.analytics.project;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPlan;
import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.PersonaReport;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/// What leaves the workspace for other tools: campaign lists of the latest segmentation, recorded
/// in the workspace's export history so they can be looked up and repeated, and the persona report.
///
/// Nothing here waits for an import being saved: the history does not depend on which import
/// is in, and the export dialog should not wait for H2 (docs/decisions/0013-background-import-save.md).
final class Exports {

    private static final String NOTHING_YET = "There is nothing to export yet: import a file and segment it first.";

    private final Workspace workspace;
    private final ShownData shown;
    private final AnalysisCache analyses;

    Exports(Workspace workspace, ShownData shown, AnalysisCache analyses) {
        this.workspace = workspace;
        this.shown = shown;
        this.analyses = analyses;
    }

    ExportSummary export(ExportOptions options, ProgressMonitor progress) throws ExportException {
        CustomerTable table = shown.customers();
        Segmentation current = shown.segmentation();
        if (table == null || current == null) {
            throw new ExportException(NOTHING_YET);
        }
        ExportSummary summary = CampaignExporter.export(table, current, analyses.strategy(table, current.result()),
                actionVocabulary(), options, progress);
        try {
            workspace.recordExport(ExportRecord.of(summary, current, Instant.now()), summary.exported());
        } catch (WorkspaceException e) {
            throw new ExportException(summary.describe() + ", but the export history could not be saved: "
                    + e.getMessage(), e);
        }
        return summary;
    }

    ExportPlan plan(ExportOptions options) throws ExportException {
        CustomerTable table = shown.customers();
        Segmentation current = shown.segmentation();
        if (table == null || current == null) {
            throw new ExportException(NOTHING_YET);
        }
        return CampaignExporter.plan(table, current, analyses.strategy(table, current.result()), options);
    }

    List<ExportedCustomer> customersOf(long exportId) throws WorkspaceException {
        return workspace.exportedCustomers(exportId).orElseThrow(() -> new IllegalArgumentException(
                "There is no export " + exportId + " in this workspace's history."));
    }

    /// The recorded export's settings, applied to the segmentation shown now.
    ExportSummary reexport(long exportId, Path newTarget, ProgressMonitor progress)
            throws ExportException, WorkspaceException {
        ExportRecord record = workspace.exportRecord(exportId).orElseThrow(() -> new ExportException(
                "There is no export " + exportId + " in this workspace's history."));
        Segmentation current = shown.segmentation();
        if (current == null) {
            throw new ExportException(NOTHING_YET);
        }
        return export(record.repeat(newTarget, current), progress);
    }

    /// The report, titled after the workspace file.
    List<Path> report(Path html, Path pdf, ProgressMonitor progress) throws ExportException {
        Segmentation current = shown.segmentation();
        PersonaAnalysis done;
        try {
            done = analyses.current();
        } catch (SegmentationException e) {
            throw new ExportException(e.getMessage(), e);
        }
        ActionVocabulary vocabulary = actionVocabulary();
        String name = workspace.file().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return PersonaReport.write(html, pdf, "Personas: " + name, current, done.profiles(), done.scorecard(),
                done.strategy(), vocabulary, progress);
    }

    private ActionVocabulary actionVocabulary() throws ExportException {
        try {
            return workspace.actionVocabulary();
        } catch (WorkspaceException e) {
            throw new ExportException("The action labels could not be read: " + e.getMessage(), e);
        }
    }
}
