package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/// Imports shown as soon as their customers are ready and saved to the workspace in the
/// background, and the writes that must land after them: segmentations and persona edits made
/// while a save is pending are queued on the one writer thread behind it
/// (docs/decisions/0013-background-import-save.md).
final class BackgroundImports {

    /// An import being saved, with what to go back to and the persona edits made since it began
    /// (the save drops the workspace's earlier ones).
    private static final class Saving {
        final ImportInProgress handle;
        final Map<Integer, PersonaEdit> edits = new ConcurrentHashMap<>();
        /// What the project showed before the import, to go back to if the import is not saved.
        volatile ShownData.Snapshot before;

        Saving(ImportInProgress handle, ShownData.Snapshot before) {
            this.handle = handle;
            this.before = before;
        }
    }

    private final Workspace workspace;
    private final WorkspaceWriter writer;
    private final ShownData shown;
    private final AnalysisCache analyses;
    /// The project's lock, which its changing methods hold; a save that goes back takes it too.
    private final Object lock;
    /// Imports begun and not yet saved, oldest first.
    private final ConcurrentLinkedDeque<Saving> saving = new ConcurrentLinkedDeque<>();
    /// The import whose save ended last, however it ended.
    private volatile ImportInProgress ended;

    BackgroundImports(Workspace workspace, WorkspaceWriter writer, ShownData shown, AnalysisCache analyses,
            Object lock) {
        this.workspace = workspace;
        this.writer = writer;
        this.shown = shown;
        this.analyses = analyses;
        this.lock = lock;
    }

    /// Reads `file`, shows its customers and queues their save; call holding the project's lock.
    /// See [Project#beginImport(Path, ImportOptions, ProgressMonitor, ProgressMonitor)].
    ImportInProgress begin(Path file, ImportOptions options, ProgressMonitor progress, ProgressMonitor save)
            throws ImportException {
        ImportedFile imported = Importer.read(file, options, progress.stage(0, 0.9));
        progress.checkCancelled();
        CustomerTable table = imported.transactions() != null
                ? TransactionFeatures.build(imported.transactions())
                : imported.customers();
        progress.checkCancelled();
        ImportInProgress begun = new ImportInProgress(imported, table, save);
        Saving entry = new Saving(begun, shown.snapshot());
        saving.addLast(entry);
        shown.showImport(table, imported.summary());
        analyses.forget();
        writer.submit(() -> save(entry));
        progress.update(1, imported.summary().describe());
        return begun;
    }

    /// The import being saved, if one is: the latest begun.
    Optional<ImportInProgress> latest() {
        Saving latest = saving.peekLast();
        return latest == null ? Optional.empty() : Optional.of(latest.handle);
    }

    /// The import whose save ended last (saved, cancelled or failed), if one did.
    Optional<ImportInProgress> lastEnded() {
        return Optional.ofNullable(ended);
    }

    /// The quality report of the import shown: from memory while it is being saved.
    Optional<QualityReport> qualityReport() throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest == null) {
            return workspace.qualityReport();
        }
        try {
            return Optional.ofNullable(latest.handle.imported().quality());
        } catch (ImportException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /// The options of the import shown: from memory while it is being saved.
    Optional<ImportOptions> lastImportOptions() throws WorkspaceException {
        Saving latest = saving.peekLast();
        return latest != null ? Optional.of(latest.handle.imported().options()) : workspace.lastImportOptions();
    }

    /// The persona edits as stored, or as they will be once the import being saved is in.
    Map<Integer, PersonaEdit> personaEdits() throws WorkspaceException {
        Saving latest = saving.peekLast();
        return latest != null ? Map.copyOf(latest.edits) : workspace.personaEdits();
    }

    /// Stores `kept` as the latest run, keeping the edits of the `carried` segments only; call
    /// holding the project's lock.
    void saveSegmentation(Segmentation kept, Set<Integer> carried) throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest != null) {
            latest.edits.keySet().retainAll(carried);
        }
        write(() -> {
            workspace.saveSegmentation(kept.result(), kept.personas());
            workspace.retainPersonaEdits(carried);
        });
    }

    /// Stores a persona's edit; call holding the project's lock.
    void savePersonaEdit(PersonaEdit edit) throws WorkspaceException {
        Saving latest = saving.peekLast();
        if (latest != null) {
            latest.edits.put(edit.identity(), edit);
        }
        write(() -> workspace.savePersonaEdit(edit));
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
            synchronized (lock) {
                goBack(entry);
            }
        }
        Exception outcome = failure;
        // decision: the save ends after the writes queued behind it, so a failure among them is
        // reported with it; until then later writes queue behind it too
        writer.submit(() -> {
            ended = entry.handle;
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
        shown.restore(entry.before);
        analyses.forget();
    }

    /// Writes to the workspace after any import still being saved; call holding the project's lock.
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
}
