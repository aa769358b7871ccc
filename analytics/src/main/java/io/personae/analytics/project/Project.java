package io.personae.analytics.project;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPlan;
import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.CustomColumns;
import io.personae.analytics.exporter.PersonaReport;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.PersonaBuilder;
import io.personae.analytics.personas.PersonaDescriber;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.PersonaProfiler;
import io.personae.analytics.personas.PersonaTexts;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.ScorecardThresholds;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmScoring;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationInputs;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.segmentation.StabilityCheck;
import io.personae.analytics.segmentation.choosing.KSweep;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

/// The engine as the window and the command line use it: one open workspace, the customers it
/// holds and its latest segmentation.
///
/// Reads return immutable snapshots and may come from any thread. Operations that change the
/// workspace are serialised; each one either completes or leaves the workspace as it was.
///
/// An import is ready (its customers shown and segmentable) before it is saved: see
/// [#beginImport]. Writes made meanwhile are queued behind the save on one writer thread
/// (docs/decisions/0013-background-import-save.md).
public final class Project implements AutoCloseable {

    /// What the project showed before an import, to go back to if the import is not saved.
    private record Shown(CustomerTable customers, Segmentation segmentation, ImportSummary lastImport) {
    }

    /// An import being saved, with what to go back to and the persona edits made since it began
    /// (the save drops the workspace's earlier ones).
    private static final class Saving {
        final ImportInProgress handle;
        final Map<Integer, PersonaEdit> edits = new ConcurrentHashMap<>();
        volatile Shown before;

        Saving(ImportInProgress handle, Shown before) {
            this.handle = handle;
            this.before = before;
        }
    }

    private final Workspace workspace;
    private final WorkspaceWriter writer = new WorkspaceWriter();
    /// Imports begun and not yet saved, oldest first.
    private final ConcurrentLinkedDeque<Saving> saving = new ConcurrentLinkedDeque<>();
    private volatile CustomerTable customers;
    private volatile Segmentation segmentation;
    private volatile ImportSummary lastImport;
    /// The analysis of the run last described (shown or previewed), reused while it is the same run.
    private volatile PersonaAnalysis analysis;

    private Project(Workspace workspace) throws WorkspaceException {
        this.workspace = workspace;
        this.customers = workspace.loadCustomers().orElse(null);
        this.lastImport = workspace.lastImport().orElse(null);
        if (customers != null) {
            Optional<SegmentationResult> stored = workspace.loadLatestSegmentation();
            if (stored.isPresent()) {
                List<Persona> restored = PersonaBuilder.restore(customers, stored.get(), workspace.latestPersonaNames());
                this.segmentation = new Segmentation(stored.get(), described(customers, stored.get(), restored,
                        workspace.personaEdits()));
            }
        }
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
        return Optional.ofNullable(customers);
    }

    public Optional<Segmentation> segmentation() {
        return Optional.ofNullable(segmentation);
    }

    public Optional<ImportSummary> lastImport() {
        return Optional.ofNullable(lastImport);
    }

    /// The data quality report of the last import (rows rejected and why, per-column figures,
    /// cleaning done); empty before the first import.
    public Optional<QualityReport> qualityReport() throws WorkspaceException {
        Saving latest = saving.peekLast();
        return latest != null ? Optional.ofNullable(latest.handle.imported().quality()) : workspace.qualityReport();
    }

    /// How the last import read its file (columns, format, cleaning), to repeat it on a newer
    /// file; empty before the first import.
    public Optional<ImportOptions> lastImportOptions() throws WorkspaceException {
        Saving latest = saving.peekLast();
        return latest != null ? Optional.of(latest.handle.imported().options()) : workspace.lastImportOptions();
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
        ImportedFile imported = Importer.read(file, options, progress.stage(0, 0.9));
        progress.checkCancelled();
        CustomerTable table = imported.transactions() != null
                ? TransactionFeatures.build(imported.transactions())
                : imported.customers();
        progress.checkCancelled();
        ImportInProgress begun = new ImportInProgress(imported, table, save);
        Saving entry = new Saving(begun, new Shown(customers, segmentation, lastImport));
        saving.addLast(entry);
        customers = table;
        segmentation = null;
        analysis = null;
        lastImport = imported.summary();
        writer.submit(() -> save(entry));
        progress.update(1, imported.summary().describe());
        return begun;
    }

    /// The import being saved, if one is: the latest begun.
    public Optional<ImportInProgress> importInProgress() {
        Saving latest = saving.peekLast();
        return latest == null ? Optional.empty() : Optional.of(latest.handle);
    }

    /// On the writer thread: saves an import begun, or goes back to what was shown before it.
    private void save(Saving entry) {
        Exception failure = null;
        try {
            workspace.replaceData(entry.handle.imported(), entry.handle.customers(), entry.handle.progress());
        } catch (WorkspaceException | RuntimeException e) {
            failure = e;
        }
        entry.handle.committed(failure == null);
        if (failure != null) {
            synchronized (this) {
                goBack(entry);
            }
        }
        Exception outcome = failure;
        // decision: the save ends after the writes queued behind it, so a failure among them is
        // reported with it; until then later writes queue behind it too
        writer.submit(() -> {
            saving.remove(entry);
            entry.handle.finish(outcome);
        });
    }

    /// After `entry` was not saved: a later import will go back to what `entry` went back to;
    /// without one, the project shows that again.
    private void goBack(Saving entry) {
        Saving later = null;
        for (Iterator<Saving> it = saving.iterator(); it.hasNext(); ) {
            if (it.next() == entry && it.hasNext()) {
                later = it.next();
                break;
            }
        }
        saving.remove(entry);
        if (later != null) {
            later.before = entry.before;
            return;
        }
        customers = entry.before.customers();
        segmentation = entry.before.segmentation();
        lastImport = entry.before.lastImport();
        analysis = null;
    }

    /// Writes to the workspace after any import still being saved; call holding this object's lock.
    /// With none, waits for the write and throws its failure; with one, queues it and returns.
    private void write(WorkspaceWriter.Write write) throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest == null) {
            // no save is queued, so nothing on the writer waits for this lock
            writer.call(write);
        } else {
            writer.submit(() -> latest.handle.runQueued(write));
        }
    }

    /// The persona edits as stored, or as they will be once the import being saved is in.
    private Map<Integer, PersonaEdit> personaEdits() throws WorkspaceException {
        Saving latest = saving.peekLast();
        return latest != null ? Map.copyOf(latest.edits) : workspace.personaEdits();
    }

    private void saveSegmentation(Segmentation kept, Set<Integer> carried) throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest != null) {
            latest.edits.keySet().retainAll(carried);
        }
        write(() -> {
            workspace.saveSegmentation(kept.result(), kept.personas());
            workspace.retainPersonaEdits(carried);
        });
    }

    private void savePersonaEdit(PersonaEdit edit) throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest != null) {
            latest.edits.put(edit.identity(), edit);
        }
        write(() -> workspace.savePersonaEdit(edit));
    }

    /// Segments the customers and stores the run as the workspace's latest.
    public synchronized Segmentation segment(SegmentationOptions options, ProgressMonitor progress)
            throws SegmentationException, WorkspaceException {
        Segmentation previous = segmentation;
        Segmentation result = preview(options, progress.stage(0, 0.9));
        progress.checkCancelled();
        saveSegmentation(result, carriedOver(result.result(), previous));
        segmentation = result;
        progress.update(1, "Segmented into " + result.result().k() + " segments");
        return result;
    }

    /// Segments the customers without storing anything: what the slider shows while it moves.
    /// Segments essentially the same as those of the current segmentation keep their numbers,
    /// colours and persona names (see [SegmentMatcher]).
    public Segmentation preview(SegmentationOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        SegmentationResult result = Segmenter.segment(table, options, progress);
        Segmentation shown = segmentation;
        if (shown != null) {
            result = SegmentMatcher.align(shown.result(), result);
        }
        List<Persona> personas = PersonaBuilder.build(table, result, shown);
        Map<Integer, PersonaEdit> edits = new HashMap<>();
        try {
            Set<Integer> carried = carriedOver(result, shown);
            personaEdits().forEach((identity, edit) -> {
                if (carried.contains(identity)) {
                    edits.put(identity, edit);
                }
            });
        } catch (WorkspaceException e) {
            throw new SegmentationException("The persona names and notes could not be read: " + e.getMessage());
        }
        // decision: only the profiles, which the descriptions need; the scorecard and the customer
        // strategy (a third of the analysis) wait until a screen or an export asks for them
        return new Segmentation(result, PersonaTexts.apply(personas, PersonaProfiler.profile(table, result),
                result.identities(), edits));
    }

    /// Keeps `shown` as the workspace's latest segmentation (after a preview the user settled on).
    public synchronized void keep(Segmentation shown) throws WorkspaceException {
        saveSegmentation(shown, carriedOver(shown.result(), segmentation));
        segmentation = shown;
    }

    /// Tries each number of segments in `options`' range on the customers and recommends one.
    /// The other settings come from the latest segmentation, or are the defaults when there is
    /// none, so the sweep answers for the segmentation the user is looking at.
    public SweepResult sweep(SweepOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        Segmentation current = segmentation;
        SegmentationOptions base = current != null ? current.result().options()
                : SegmentationOptions.withK(SegmentationOptions.MIN_K);
        return KSweep.run(table, base, options, progress);
    }

    /// How well each segment of the latest segmentation holds together over `runs` bootstrap
    /// resamples (see [StabilityCheck]).
    public List<SegmentStability> stability(int runs, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new SegmentationException("There is no segmentation to check yet: segment the customers first.");
        }
        return StabilityCheck.run(table, current.result(), runs, current.result().options().seed(),
                StabilityCheck.DEFAULT_MAX_SAMPLE, progress);
    }

    /// What a run with `options` would segment on (features and their scaling, categories, gaps
    /// and what is done with them), for the run's summary, without running it.
    public SegmentationInputs inputs(SegmentationOptions options) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        return Segmenter.inputs(table, options);
    }

    /// The RFM cut points the data gives by default (quintiles), for the window to show and edit.
    public RfmCutPoints rfmQuintiles() throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        return RfmScoring.quintiles(table);
    }

    /// Writes the customers of the chosen segments of the latest segmentation to a file shaped by
    /// `options.preset()`, and records the export in the workspace's history.
    public ExportSummary export(ExportOptions options, ProgressMonitor progress) throws ExportException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new ExportException("There is nothing to export yet: import a file and segment it first.");
        }
        PersonaAnalysis known = analysis;
        CustomerStrategy strategy = known != null && known.result() == current.result() ? known.strategy()
                : StrategyPlanner.plan(table, current.result());
        ActionVocabulary vocabulary;
        try {
            vocabulary = workspace.actionVocabulary();
        } catch (WorkspaceException e) {
            throw new ExportException("The action labels could not be read: " + e.getMessage(), e);
        }
        ExportSummary summary = CampaignExporter.export(table, current, strategy, vocabulary, options, progress);
        try {
            workspace.recordExport(ExportRecord.of(summary, current, Instant.now()), summary.exported());
        } catch (WorkspaceException e) {
            throw new ExportException(summary.describe() + ", but the export history could not be saved: "
                    + e.getMessage(), e);
        }
        return summary;
    }

    /// Who an export with `options` would write and leave out, and its test groups, without
    /// writing anything: what the export dialog shows while the user chooses.
    public ExportPlan exportPlan(ExportOptions options) throws ExportException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new ExportException("There is nothing to export yet: import a file and segment it first.");
        }
        PersonaAnalysis known = analysis;
        CustomerStrategy strategy = known != null && known.result() == current.result() ? known.strategy()
                : StrategyPlanner.plan(table, current.result());
        return CampaignExporter.plan(table, current, strategy, options);
    }

    /// The features and categories an export can add as extra columns; empty before an import.
    public List<String> exportColumns() {
        CustomerTable table = customers;
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
        return workspace.exportedCustomers(exportId).orElseThrow(() -> new IllegalArgumentException(
                "There is no export " + exportId + " in this workspace's history."));
    }

    /// Repeats export `exportId` on the current data (say, after a newer import) to `newTarget`:
    /// the same preset, segments by number, extra columns, shares and seed.
    public ExportSummary reexport(long exportId, Path newTarget, ProgressMonitor progress)
            throws ExportException, WorkspaceException {
        ExportRecord record = workspace.exportRecord(exportId).orElseThrow(() -> new ExportException(
                "There is no export " + exportId + " in this workspace's history."));
        Segmentation current = segmentation;
        if (current == null) {
            throw new ExportException("There is nothing to export yet: import a file and segment it first.");
        }
        return export(record.repeat(newTarget, current), progress);
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
        Segmentation current = segmentation;
        PersonaAnalysis done;
        try {
            done = currentAnalysis();
        } catch (SegmentationException e) {
            throw new ExportException(e.getMessage(), e);
        }
        ActionVocabulary vocabulary;
        try {
            vocabulary = workspace.actionVocabulary();
        } catch (WorkspaceException e) {
            throw new ExportException("The action labels could not be read: " + e.getMessage(), e);
        }
        String name = workspace.file().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return PersonaReport.write(html, pdf, "Personas: " + name, current, done.profiles(), done.scorecard(),
                done.strategy(), vocabulary, progress);
    }

    /// Each segment of the latest segmentation profiled: shares, features against the base with
    /// lift and effect size, category make-up, typical customer (see [PersonaAnalysis]).
    public List<PersonaProfile> profiles() throws SegmentationException {
        return currentAnalysis().profiles();
    }

    /// The actionability scorecard of the latest segmentation, with the default thresholds.
    public Scorecard scorecard() throws SegmentationException {
        return currentAnalysis().scorecard();
    }

    /// Every customer's place on the value-potential grid and actions, under the latest segmentation.
    public CustomerStrategy strategy() throws SegmentationException {
        return currentAnalysis().strategy();
    }

    /// The labels users see for the actions.
    public ActionVocabulary actionVocabulary() throws WorkspaceException {
        return workspace.actionVocabulary();
    }

    /// Keeps new labels for the actions; scorecards and exports use them from now on.
    public synchronized void setActionVocabulary(ActionVocabulary vocabulary) throws WorkspaceException {
        workspace.saveActionVocabulary(vocabulary);
        analysis = null;
    }

    /// Renames the persona of the segment with this identity (its number minus one) in the latest
    /// segmentation, stored at once and kept across re-runs that find the segment again.
    ///
    /// @throws IllegalArgumentException when there is no such segment, or the name is blank, longer
    ///                                  than [PersonaEdit#MAX_NAME] or another persona's (ignoring case)
    public synchronized Segmentation renamePersona(int identity, String name) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withName(name);
        for (Persona other : current.personas()) {
            if (other.segment() != s && other.name().strip().equalsIgnoreCase(edit.name())) {
                throw new IllegalArgumentException("Segment " + current.number(other) + " is already called '"
                        + other.name() + "'; choose another name.");
            }
        }
        savePersonaEdit(edit);
        return replacePersona(current, s, current.personas().get(s).withName(edit.name()));
    }

    /// Replaces the description of the persona with this identity; a blank one brings back the
    /// generated description.
    ///
    /// @throws IllegalArgumentException when there is no such segment or the text is longer than
    ///                                  [PersonaEdit#MAX_DESCRIPTION]
    public synchronized Segmentation describePersona(int identity, String description) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withDescription(description == null || description.isBlank() ? null : description);
        savePersonaEdit(edit);
        String shown = edit.editedDescription().orElseGet(() -> generatedDescription(current, s));
        return replacePersona(current, s, current.personas().get(s).withDescription(shown));
    }

    /// Replaces the notes of the persona with this identity (empty to clear them).
    ///
    /// @throws IllegalArgumentException when there is no such segment or the notes are longer than
    ///                                  [PersonaEdit#MAX_NOTES]
    public synchronized Segmentation notePersona(int identity, String notes) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withNotes(notes);
        savePersonaEdit(edit);
        return replacePersona(current, s, current.personas().get(s).withNotes(edit.notes()));
    }

    private PersonaAnalysis currentAnalysis() throws SegmentationException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new SegmentationException("There are no segments yet: segment the customers first.");
        }
        return analysis(table, current.result());
    }

    /// The analysis of `result`, computed once per run.
    private PersonaAnalysis analysis(CustomerTable table, SegmentationResult result) throws SegmentationException {
        PersonaAnalysis known = analysis;
        if (known != null && known.result() == result) {
            return known;
        }
        ActionVocabulary vocabulary;
        try {
            vocabulary = workspace.actionVocabulary();
        } catch (WorkspaceException e) {
            throw new SegmentationException("The action labels could not be read: " + e.getMessage());
        }
        PersonaAnalysis fresh = PersonaAnalysis.of(table, result, ScorecardThresholds.DEFAULTS, vocabulary);
        analysis = fresh;
        return fresh;
    }

    /// A stored run's personas with the user's edits and generated descriptions; as restored
    /// when the table can no longer be scaled as the run was (the profiles need it).
    private List<Persona> described(CustomerTable table, SegmentationResult result, List<Persona> restored,
            Map<Integer, PersonaEdit> edits) {
        try {
            return PersonaTexts.apply(restored, analysis(table, result).profiles(), result.identities(), edits);
        } catch (SegmentationException e) {
            return restored;
        }
    }

    /// Identities of `result` that `previous` had too: segments carried over, whose edits apply.
    /// A fresh identity is never one the previous run held (see [SegmentMatcher#align]).
    private static Set<Integer> carriedOver(SegmentationResult result, Segmentation previous) {
        if (previous == null) {
            return Set.of();
        }
        Set<Integer> before = Arrays.stream(previous.result().identities()).boxed().collect(Collectors.toSet());
        Set<Integer> carried = new HashSet<>();
        for (int identity : result.identities()) {
            if (before.contains(identity)) {
                carried.add(identity);
            }
        }
        return carried;
    }

    private Segmentation requireSegmentation() {
        Segmentation current = segmentation;
        if (current == null) {
            throw new IllegalArgumentException("There are no personas yet: segment the customers first.");
        }
        return current;
    }

    private static int segmentOf(Segmentation current, int identity) {
        int[] identities = current.result().identities();
        for (int s = 0; s < identities.length; s++) {
            if (identities[s] == identity) {
                return s;
            }
        }
        throw new IllegalArgumentException("There is no segment " + (identity + 1) + " in the latest segmentation.");
    }

    private PersonaEdit storedEdit(int identity) throws WorkspaceException {
        return personaEdits().getOrDefault(identity, PersonaEdit.none(identity));
    }

    private String generatedDescription(Segmentation current, int s) {
        try {
            return PersonaDescriber.describe(
                    analysis(customers, current.result()).profiles().get(s));
        } catch (SegmentationException e) {
            return "";
        }
    }

    private Segmentation replacePersona(Segmentation current, int s, Persona persona) {
        List<Persona> personas = new ArrayList<>(current.personas());
        personas.set(s, persona);
        Segmentation updated = new Segmentation(current.result(), personas);
        segmentation = updated;
        return updated;
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
