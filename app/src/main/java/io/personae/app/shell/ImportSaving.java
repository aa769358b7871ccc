package io.personae.app.shell;

import io.personae.analytics.project.ImportInProgress;
import io.personae.analytics.project.Project;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.workspace.WorkspaceException;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.Locale;

/// Shows an import being saved to the workspace as a job of its own in the status bar (with
/// Cancel), while the segments of the imported customers are already on screen; and when the
/// save does not happen, shows the previous data again and says why.
///
/// decision: the save is watched from the project shown rather than started by the import
/// dialog, so every way of importing (the dialog, the sample, a repeated import) gets it, and
/// the import dialog only changes from waiting for the save to not waiting.
///
/// Used on the JavaFX thread only.
final class ImportSaving {

    static final String TITLE = "Saving import to workspace…";

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private ImportInProgress watched;

    /// @param runner a runner of its own: the job waits for the save, which must not hold up the
    ///               segmentations the user runs meanwhile
    ImportSaving(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        session.snapshotProperty().addListener((observable, old, now) -> watch(now));
    }

    /// "Saving import to workspace… (40%)"
    static String message(double fraction) {
        return fraction < 0 ? TITLE : String.format(Locale.ROOT, "%s (%d%%)", TITLE, Math.round(Math.min(fraction, 1) * 100));
    }

    private void watch(ProjectSnapshot snapshot) {
        Project project = snapshot.project();
        // decision: a save may end between the snapshot and this look (a cancelled one takes
        // milliseconds), so the one that ended last is looked at too: if it went back, the
        // snapshot may show the customers it dropped
        ImportInProgress saving = project == null ? null
                : project.importInProgress().or(project::lastImportSaveEnded).orElse(null);
        if (saving == null || saving == watched) {
            return;
        }
        watched = saving;
        if (saving.isDone()) {
            settle(project, saving);
        } else {
            wait(project, saving);
        }
    }

    private void wait(Project project, ImportInProgress saving) {
        runner.run(TITLE, progress -> saving.awaitSaved(inPercent(progress)), saved -> { }, error -> {
            if (!saving.isDone()) {
                // the job was cancelled before it began to wait: cancel the save, and wait for its end
                saving.cancel();
                wait(project, saving);
                return;
            }
            settle(project, saving);
        });
    }

    /// After a save ended: if it did not happen, shows the data the project went back to and
    /// says why.
    private void settle(Project project, ImportInProgress saving) {
        Throwable outcome = outcome(saving);
        if (outcome == null) {
            return;
        }
        if (session.project().orElse(null) == project) {
            // the project went back to its previous data
            session.show(project);
        }
        if (CancelledJob.is(outcome)) {
            session.setNotice("Saving " + saving.summary().file().getFileName() + " cancelled; the project shows its previous data again.");
        } else {
            UserErrors.report(dialogs, "Saving the import failed", outcome);
        }
    }

    /// How a save that has ended ended: `null` when saved.
    private static Throwable outcome(ImportInProgress saving) {
        try {
            saving.awaitSaved(ProgressMonitor.NONE);
            return null;
        } catch (WorkspaceException | RuntimeException e) {
            return e;
        }
    }

    private static ProgressMonitor inPercent(ProgressMonitor progress) {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction, message(fraction));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
