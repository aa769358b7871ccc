package io.personae.app.importing;

import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TablePreview;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.project.Project;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.ProjectSupplier;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import io.personae.app.common.Work;
import java.nio.file.Path;

/// Imports a file into the open project (creating an untitled one first if none is open) in the
/// background, then shows the project as imported and the summary in the status bar. On failure
/// the user is told why; on cancel, that the project is unchanged.
final class BackgroundImport {

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ProjectSupplier projects;

    BackgroundImport(Session session, TaskRunner runner, DialogService dialogs, ProjectSupplier projects) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.projects = projects;
    }

    /// Imports `chosen` with the `options` of the dialog.
    void start(Path chosen, ImportOptions options) {
        projects.withProject(project -> run(project, chosen,
                monitor -> project.beginImport(chosen, options, monitor).summary()));
    }

    /// Imports `chosen` with the roles guessed from its first rows; fails with a message pointing
    /// to the dialog when they cannot be guessed.
    void startGuessed(Path chosen) {
        projects.withProject(project -> run(project, chosen, monitor -> {
            TablePreview read = TableReaders.preview(chosen, PreviewReader.GUESS_ROWS);
            ImportOptions guessed = RoleGuesser.guess(read).orElseThrow(() -> new ImportException(chosen, 0,
                    "Its columns could not be recognised. Use File > Import… to choose them."));
            return project.beginImport(chosen, guessed, monitor).summary();
        }));
    }

    private void run(Project project, Path chosen, Work<ImportSummary> work) {
        runner.run("Importing " + chosen.getFileName(), work, summary -> {
            // the user may have opened another project meanwhile: that one stays on screen
            if (session.project().orElse(null) == project) {
                session.show(project);
            }
            session.setNotice(summary.describe() + " · " + ImportViewModel.QUALITY_HINT);
        }, error -> {
            if (CancelledJob.is(error)) {
                session.setNotice("Import of " + chosen.getFileName() + " cancelled; the project is unchanged.");
            } else {
                UserErrors.report(dialogs, "Import failed", error);
            }
        });
    }
}
