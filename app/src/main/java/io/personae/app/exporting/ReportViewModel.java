package io.personae.app.exporting;

import io.personae.analytics.project.Project;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/// File ▸ Persona report…: the personas as one self-contained web page, and a PDF if wanted, for
/// a client or the creative team, written in the background.
public final class ReportViewModel {

    static final FileType HTML = new FileType("Web pages", "html");
    static final FileType PDF = new FileType("PDF documents", "pdf");

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FolderOffer folder;
    private final BooleanBinding available;

    /// @param folders opens the report's folder when the user asks for it
    public ReportViewModel(Session session, TaskRunner runner, DialogService dialogs, FolderOpener folders) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.folder = new FolderOffer(runner, dialogs, folders);
        this.available = Bindings.createBooleanBinding(() -> session.snapshot().segmentation() != null, session.snapshotProperty());
    }

    /// Asks for the web page's file, offers a PDF beside it, and writes both.
    public void begin() {
        Optional<Project> project = session.project();
        if (project.isEmpty() || session.snapshot().segmentation() == null) {
            dialogs.showInformation("No personas yet", "Import a file and segment its customers; then the report describes"
                    + " their personas.");
            return;
        }
        Optional<Path> html = dialogs.chooseFileToSave("Save the persona report", "personas.html", List.of(HTML))
                .map(HTML::withExtension);
        if (html.isEmpty()) {
            return;
        }
        Path pdf = null;
        if (dialogs.confirm("Also a PDF?", "Write a PDF of the same report too, for printing or attaching to an email?")) {
            String name = html.get().getFileName().toString().replaceFirst("\\.html$", ".pdf");
            pdf = dialogs.chooseFileToSave("Save the report as PDF", name, List.of(PDF)).map(PDF::withExtension).orElse(null);
        }
        Path pdfFile = pdf;
        runner.run("Writing the persona report", progress -> project.get().report(html.get(), pdfFile, progress),
                this::reportWritten, error -> {
                    if (CancelledJob.is(error)) {
                        session.setNotice("Report cancelled.");
                    } else {
                        UserErrors.report(dialogs, "Could not write the report", error);
                    }
                });
    }

    private void reportWritten(List<Path> files) {
        session.setNotice("Wrote the persona report: " + files.stream().map(f -> f.getFileName().toString())
                .collect(Collectors.joining(", ")));
        // decision: the paths and a Show folder button, not a browser: opening the report is the
        // user's choice, and the folder is named so they can find the files
        Path where = files.getFirst().toAbsolutePath().getParent();
        folder.tell("Persona report written", "The report is in " + where
                + ":\n" + files.stream().map(f -> "  " + f.getFileName()).collect(Collectors.joining("\n"))
                + "\n\nThe web page holds its charts and opens in any browser without a connection.", where);
    }

    /// Whether there are personas to report on.
    public BooleanBinding availableProperty() {
        return available;
    }
}
