package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.workspace.WorkspaceException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/// An import whose customers are ready to segment while its rows are still being written to
/// the workspace; what [Project#beginImport] returns.
///
/// The save ends one of three ways: saved; cancelled ([#cancel], or a monitor watching it
/// cancelled); failed. In the last two the workspace is exactly as before the
/// import and the project shows the previous import again.
public final class ImportInProgress {

    private final ImportedFile imported;
    private final CustomerTable customers;
    private final CompletableFuture<ImportSummary> saved = new CompletableFuture<>();
    /// The monitor given when the import began, watching from the start.
    private final ProgressMonitor origin;
    /// The monitor of whoever waits in [#awaitSaved].
    private volatile ProgressMonitor watcher = ProgressMonitor.NONE;
    /// The save's latest report, repeated to a watcher that comes later.
    private volatile Report last;
    private volatile boolean cancelled;
    /// Whether the import itself was committed; set on the writer thread before the writes
    /// queued behind it run there.
    private boolean committed;
    private Exception deferredFailure;

    private record Report(double fraction, String message) {
    }

    ImportInProgress(ImportedFile imported, CustomerTable customers, ProgressMonitor origin) {
        this.imported = imported;
        this.customers = customers;
        this.origin = origin;
    }

    /// What the import read: rows, customers, the file.
    public ImportSummary summary() {
        return imported.summary();
    }

    /// The customers, ready to segment before they are saved.
    public CustomerTable customers() {
        return customers;
    }

    /// Whether the save has ended, whichever way.
    public boolean isDone() {
        return saved.isDone();
    }

    /// Stops the save at its next safe point. Too late once the import is committed; then it stays.
    public void cancel() {
        cancelled = true;
    }

    /// Waits until the import is saved, reporting the save's progress to `watcher` meanwhile
    /// (starting with its latest report, if it made one); cancelling `watcher` cancels the save.
    ///
    /// @throws CancelledException when the save was cancelled; the project shows the previous import again
    /// @throws WorkspaceException when the save failed; likewise, unless the message says the import
    ///                            was saved and only a change made while it was saving was not
    public ImportSummary awaitSaved(ProgressMonitor watcher) throws WorkspaceException {
        this.watcher = watcher;
        Report report = last;
        if (report != null) {
            watcher.update(report.fraction(), report.message());
        }
        try {
            return saved.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case WorkspaceException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            this.watcher = ProgressMonitor.NONE;
        }
    }

    ImportedFile imported() {
        return imported;
    }

    /// What the save reports to and asks whether to stop.
    ProgressMonitor progress() {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                last = new Report(fraction, message);
                origin.update(fraction, message);
                watcher.update(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled || origin.isCancelled() || watcher.isCancelled();
            }
        };
    }

    /// On the writer thread: whether the import was committed, so the writes queued behind it may run.
    void committed(boolean done) {
        committed = done;
    }

    /// On the writer thread: runs a write queued behind this import, if the import was committed;
    /// otherwise the write belonged to data that is gone, and is dropped.
    void runQueued(WorkspaceWriter.Write write) {
        if (!committed) {
            return;
        }
        try {
            write.run();
        } catch (WorkspaceException | RuntimeException e) {
            if (deferredFailure == null) {
                deferredFailure = e;
            }
        }
    }

    /// On the writer thread, after the writes queued behind this import: ends the save.
    void finish(Exception failure) {
        if (failure != null) {
            saved.completeExceptionally(failure);
        } else if (deferredFailure != null) {
            saved.completeExceptionally(new WorkspaceException(summary().file().getFileName() + " was saved, but a change made while it was saving was not ("
                    + deferredFailure.getMessage() + "). Make the change again.", deferredFailure));
        } else {
            saved.complete(summary());
        }
    }
}
