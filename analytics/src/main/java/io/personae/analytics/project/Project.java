package io.personae.analytics.project;

import io.personae.analytics.exporter.CustomColumns;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPlan;
import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationInputs;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.StabilityCheck;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The engine as the window and the command line use it: one open workspace, the customers it
/// holds and its latest segmentation.
///
/// Reads return immutable snapshots and may come from any thread. Operations that change the
/// workspace are serialised (they hold this object's lock); each one either completes or leaves
/// the workspace as it was.
///
/// An import is ready (its customers shown and segmentable) before it is saved: see
/// [#beginImport]. Writes made meanwhile are queued behind the save on one writer thread
/// (docs/decisions/0013-background-import-save.md).
///
/// The work is done by collaborators, one job each: [BackgroundImports] (imports and the
/// writes ordered behind their save), [SegmentationRuns], [PersonaEditor], [Exports], sharing
/// what is shown ([ShownData]) and the analysis of the run shown ([AnalysisCache]).
public final class Project implements AutoCloseable {

    private final Workspace workspace;
    private final WorkspaceWriter writer = new WorkspaceWriter();
    private final ShownData shownData = new ShownData();
    private final AnalysisCache analyses;
    private final BackgroundImports imports;
    private final SegmentationRuns segmentations;
    private final PersonaEditor editor;
    private final Exports exports;

    private Project(Workspace workspace) throws WorkspaceException {
        this.workspace = workspace;
        this.analyses = new AnalysisCache(workspace, shownData);
        // decision: this object's lock guards every change, including a save going back, so the
        // collaborators share it rather than each having one
        this.imports = new BackgroundImports(workspace, writer, shownData, analyses, this);
        this.segmentations = new SegmentationRuns(shownData, imports);
        this.editor = new PersonaEditor(workspace, shownData, analyses, imports);
        this.exports = new Exports(workspace, shownData, analyses);
        ShownOnOpen.load(workspace, shownData, analyses);
    }

    /// Opens the workspace at `file` (an H2 `.mv.db` file, or a folder holding one), creating it
    /// when it does not exist yet.
    public static Project open(Path file) throws WorkspaceException {
        Workspace workspace = Workspace.open(file);
        try {
            return new Project(workspace);
        } catch (WorkspaceException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    public Path file() {
        return workspace.file();
    }

    public Optional<CustomerTable> customers() {
        return Optional.ofNullable(shownData.customers());
    }

    public Optional<Segmentation> segmentation() {
        return Optional.ofNullable(shownData.segmentation());
    }

    public Optional<ImportSummary> lastImport() {
        return Optional.ofNullable(shownData.lastImport());
    }

    /// The data quality report of the last import (rows rejected and why, per-column figures,
    /// cleaning done); empty before the first import.
    public Optional<QualityReport> qualityReport() throws WorkspaceException {
        return imports.qualityReport();
    }

    /// How the last import read its file (columns, format, cleaning), to repeat it on a newer
    /// file; empty before the first import.
    public Optional<ImportOptions> lastImportOptions() throws WorkspaceException {
        return imports.lastImportOptions();
    }

    /// Reads `file` with the given column mapping, derives the customer table and replaces the
    /// workspace's data with it in one transaction, waiting until it is saved. The previous
    /// segmentation is dropped, since it described other data. On failure or cancel nothing changes.
    public ImportSummary importFile(Path file, ImportOptions options, ProgressMonitor progress)
            throws ImportException, WorkspaceException {
        ImportInProgress begun = beginImport(file, options, progress.stage(0, 0.6), progress.stage(0.6, 1));
        ImportSummary summary = begun.awaitSaved(ProgressMonitor.NONE);
        progress.update(1, summary.describe());
        return summary;
    }

    /// Reads `file` and derives the customer table, which the project shows from then on, and
    /// starts saving it to the workspace in the background; returns once the customers are ready.
    ///
    /// Until the save ends the workspace holds the previous import, whole. Segmentations and
    /// persona edits made meanwhile are stored after the import. If the save fails or is
    /// cancelled, the workspace stays as it was, the project shows the previous import again and
    /// what was done on the new one is dropped; [ImportInProgress#awaitSaved] tells which.
    ///
    /// @param progress the reading; the save reports to the watcher given to [ImportInProgress#awaitSaved]
    public ImportInProgress beginImport(Path file, ImportOptions options, ProgressMonitor progress) throws ImportException {
        return beginImport(file, options, progress, ProgressMonitor.NONE);
    }

    /// As [#beginImport(Path, ImportOptions, ProgressMonitor)], with `save` watching the save
    /// from its start: it gets every report and cancelling it cancels the save.
    public synchronized ImportInProgress beginImport(Path file, ImportOptions options, ProgressMonitor progress,
            ProgressMonitor save) throws ImportException {
        return imports.begin(file, options, progress, save);
    }

    /// The import being saved, if one is: the latest begun.
    public Optional<ImportInProgress> importInProgress() {
        return imports.latest();
    }

    /// The import whose save ended last, however it ended, if one did: for a window that looks
    /// after the save ended and must still tell the user a cancelled or failed one went back.
    public Optional<ImportInProgress> lastImportSaveEnded() {
        return imports.lastEnded();
    }

    /// Segments the customers and stores the run as the workspace's latest.
    public synchronized Segmentation segment(SegmentationOptions options, ProgressMonitor progress)
            throws SegmentationException, WorkspaceException {
        return segmentations.segment(options, progress);
    }

    /// Segments the customers without storing anything: what the slider shows while it moves.
    /// Segments essentially the same as those of the current segmentation keep their numbers,
    /// colours and persona names (see [SegmentMatcher]).
    public Segmentation preview(SegmentationOptions options, ProgressMonitor progress) throws SegmentationException {
        return segmentations.preview(options, progress);
    }

    /// Keeps `shown` as the workspace's latest segmentation (after a preview the user settled on).
    public synchronized void keep(Segmentation shown) throws WorkspaceException {
        segmentations.keep(shown);
    }

    /// Tries each number of segments in `options`' range on the customers and recommends one.
    /// The other settings come from the latest segmentation, or are the defaults when there is
    /// none, so the sweep answers for the segmentation the user is looking at.
    public SweepResult sweep(SweepOptions options, ProgressMonitor progress) throws SegmentationException {
        return segmentations.sweep(options, progress);
    }

    /// How well each segment of the latest segmentation holds together over `runs` bootstrap
    /// resamples (see [StabilityCheck]).
    public List<SegmentStability> stability(int runs, ProgressMonitor progress) throws SegmentationException {
        return segmentations.stability(runs, progress);
    }

    /// What a run with `options` would segment on (features and their scaling, categories, gaps
    /// and what is done with them), for the run's summary, without running it.
    public SegmentationInputs inputs(SegmentationOptions options) throws SegmentationException {
        return segmentations.inputs(options);
    }

    /// The RFM cut points the data gives by default (quintiles), for the window to show and edit.
    public RfmCutPoints rfmQuintiles() throws SegmentationException {
        return segmentations.rfmQuintiles();
    }

    /// Writes the customers of the chosen segments of the latest segmentation to a file shaped by
    /// `options.preset()`, and records the export in the workspace's history.
    public ExportSummary export(ExportOptions options, ProgressMonitor progress) throws ExportException {
        return exports.export(options, progress);
    }

    /// Who an export with `options` would write and leave out, and its test groups, without
    /// writing anything: what the export dialog shows while the user chooses.
    public ExportPlan exportPlan(ExportOptions options) throws ExportException {
        return exports.plan(options);
    }

    /// The features and categories an export can add as extra columns; empty before an import.
    public List<String> exportColumns() {
        CustomerTable table = shownData.customers();
        return table == null ? List.of() : CustomColumns.available(table);
    }

    /// Every export written from this workspace, newest first.
    public List<ExportRecord> exportHistory() throws WorkspaceException {
        return workspace.exportHistory();
    }

    /// The customers export `exportId` wrote, in file order, with their test group.
    ///
    /// @throws IllegalArgumentException when the history has no such export
    public List<ExportedCustomer> customersOf(long exportId) throws WorkspaceException {
        return exports.customersOf(exportId);
    }

    /// Repeats export `exportId` on the current data (say, after a newer import) to `newTarget`:
    /// the same preset, segments by number, extra columns, shares and seed.
    public ExportSummary reexport(long exportId, Path newTarget, ProgressMonitor progress)
            throws ExportException, WorkspaceException {
        return exports.reexport(exportId, newTarget, progress);
    }

    /// The export presets saved in this workspace, by name.
    public List<SavedPreset> savedPresets() throws WorkspaceException {
        return workspace.savedPresets();
    }

    /// Keeps `preset` in the workspace, replacing one of the same name (ignoring case).
    public synchronized void savePreset(SavedPreset preset) throws WorkspaceException {
        workspace.savePreset(preset);
    }

    /// Deletes the saved preset of this name; whether there was one.
    public synchronized boolean deletePreset(String name) throws WorkspaceException {
        return workspace.deletePreset(name);
    }

    /// Writes the persona report of the latest segmentation: a self-contained HTML file and,
    /// unless `pdf` is `null`, a PDF of the same content. Either may be `null`, not both.
    public List<Path> report(Path html, Path pdf, ProgressMonitor progress) throws ExportException {
        return exports.report(html, pdf, progress);
    }

    /// Each segment of the latest segmentation profiled: shares, features against the base with
    /// lift and effect size, category make-up, typical customer (see [PersonaAnalysis]).
    public List<PersonaProfile> profiles() throws SegmentationException {
        return analyses.current().profiles();
    }

    /// The actionability scorecard of the latest segmentation, with the default thresholds.
    public Scorecard scorecard() throws SegmentationException {
        return analyses.current().scorecard();
    }

    /// Every customer's place on the value-potential grid and actions, under the latest segmentation.
    public CustomerStrategy strategy() throws SegmentationException {
        return analyses.current().strategy();
    }

    /// The labels users see for the actions.
    public ActionVocabulary actionVocabulary() throws WorkspaceException {
        return workspace.actionVocabulary();
    }

    /// Keeps new labels for the actions; scorecards and exports use them from now on.
    public synchronized void setActionVocabulary(ActionVocabulary vocabulary) throws WorkspaceException {
        editor.setActionVocabulary(vocabulary);
    }

    /// Renames the persona of the segment with this identity (its number minus one) in the latest
    /// segmentation, stored at once and kept across re-runs that find the segment again.
    ///
    /// @throws IllegalArgumentException when there is no such segment, or the name is blank, longer
    ///                                  than [PersonaEdit#MAX_NAME] or another persona's (ignoring case)
    public synchronized Segmentation renamePersona(int identity, String name) throws WorkspaceException {
        return editor.rename(identity, name);
    }

    /// Replaces the description of the persona with this identity; a blank one brings back the
    /// generated description.
    ///
    /// @throws IllegalArgumentException when there is no such segment or the text is longer than
    ///                                  [PersonaEdit#MAX_DESCRIPTION]
    public synchronized Segmentation describePersona(int identity, String description) throws WorkspaceException {
        return editor.describe(identity, description);
    }

    /// Replaces the notes of the persona with this identity (empty to clear them).
    ///
    /// @throws IllegalArgumentException when there is no such segment or the notes are longer than
    ///                                  [PersonaEdit#MAX_NOTES]
    public synchronized Segmentation notePersona(int identity, String notes) throws WorkspaceException {
        return editor.note(identity, notes);
    }

    /// Copies the workspace to `target` and returns the copy, open; this project is closed. An
    /// import being saved is saved first (or its save cancelled), so the copy holds all of it or none.
    public Project saveAs(Path target) throws WorkspaceException {
        // decision: waits without this object's lock, which a save takes when it goes back
        writer.drain();
        Project copied;
        synchronized (this) {
            Workspace copy = workspace.saveAs(target);
            try {
                copied = new Project(copy);
            } catch (WorkspaceException | RuntimeException e) {
                copy.close();
                throw e;
            }
        }
        writer.close();
        return copied;
    }

    /// Closes the workspace once the writes queued before are done: an import being saved is
    /// saved, unless its save is cancelled first (then it is rolled back).
    @Override
    public void close() {
        writer.close();
        synchronized (this) {
            workspace.close();
        }
    }
}
