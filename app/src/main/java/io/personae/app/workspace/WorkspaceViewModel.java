package io.personae.app.workspace;

import io.personae.analytics.project.Project;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.ProjectSupplier;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// New, Open, Open Recent and Save As: which project file the window works on.
public final class WorkspaceViewModel implements ProjectSupplier {

    static final FileType PROJECT_FILE = new FileType("Personae projects", "mv.db");
    private static final System.Logger LOG = System.getLogger(WorkspaceViewModel.class.getName());
    private static final DateTimeFormatter UNTITLED = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final RecentProjects recent;
    private final Path dataFolder;
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanBinding projectOpen;

    /// @param dataFolder where untitled projects are created when the user imports before
    ///                   choosing a project file
    public WorkspaceViewModel(Session session, TaskRunner runner, DialogService dialogs, RecentProjects recent, Path dataFolder) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.recent = recent;
        this.dataFolder = dataFolder;
        this.projectOpen = Bindings.createBooleanBinding(() -> session.snapshot().project() != null, session.snapshotProperty());
        recentProjects.setAll(recent.list());
    }

    /// Most recent first.
    public ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recentProjects);
    }

    public BooleanBinding projectOpenProperty() {
        return projectOpen;
    }

    /// Asks where to keep a new, empty project and opens it.
    public void newProject() {
        dialogs.chooseFileToSave("New project", "customers.mv.db", List.of(PROJECT_FILE))
                .map(PROJECT_FILE::withExtension)
                .ifPresent(this::create);
    }

    public void open() {
        dialogs.chooseFileToOpen("Open project", List.of(PROJECT_FILE)).ifPresent(this::open);
    }

    /// Opens the project at `file` and puts it first in the recent list.
    public void open(Path file) {
        if (!Files.exists(file)) {
            recent.remove(file);
            recentProjects.setAll(recent.list());
            dialogs.showError("Project not found", file + " does not exist any more (moved or deleted?). It was removed from the recent projects.");
            return;
        }
        openAndThen(file, true, project -> {});
    }

    /// Opens the project at `file`, creating it when it does not exist: a project named on the
    /// command line.
    public void openOrCreate(Path file) {
        openAndThen(file, true, project -> {});
    }

    /// Opens the most recent project that still exists; does nothing if there is none.
    public void openMostRecent() {
        recent.list().stream().filter(Files::exists).findFirst().ifPresent(this::open);
    }

    /// Opens (creating if needed) a scratch project that is not remembered, such as the sample's.
    public void openScratch(Path file, Runnable then) {
        openAndThen(file, false, project -> then.run());
    }

    /// Copies the open project to a new file and continues there.
    public void saveAs() {
        Optional<Project> open = session.project();
        if (open.isEmpty()) {
            return;
        }
        Project project = open.get();
        Optional<Path> chosen = dialogs.chooseFileToSave("Save project as", project.file().getFileName().toString(), List.of(PROJECT_FILE))
                .map(PROJECT_FILE::withExtension);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        if (sameFile(target, project.file())) {
            dialogs.showError("Choose another file", "The project is already stored in " + target.getFileName() + ". Choose another name to save a copy.");
            return;
        }
        runner.run("Saving a copy as " + target.getFileName(), progress -> project.saveAs(target), copy -> {
            if (session.project().orElse(null) == project) {
                session.show(copy);
            }
            remember(target);
            session.setNotice("Saved as " + target.getFileName());
        }, error -> UserErrors.report(dialogs, "Could not save the project", error));
    }

    @Override
    public void withProject(Consumer<Project> action) {
        session.project().ifPresentOrElse(action, () -> openAndThen(untitledFile(), true, action));
    }

    private void create(Path file) {
        if (session.project().filter(p -> sameFile(p.file(), file)).isPresent()) {
            dialogs.showError("Choose another file", file.getFileName() + " is the project open now. Choose another name for the new project.");
            return;
        }
        runner.run("Creating " + file.getFileName(), progress -> {
            // the file chooser has asked the user before replacing an existing file
            Files.deleteIfExists(file);
            return Project.open(file);
        }, project -> switchTo(project, file, true), error -> UserErrors.report(dialogs, "Could not create the project", error));
    }

    private void openAndThen(Path file, boolean remember, Consumer<Project> then) {
        runner.run("Opening " + file.getFileName(), progress -> {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return Project.open(file);
        }, project -> {
            switchTo(project, file, remember);
            then.accept(project);
        }, error -> UserErrors.report(dialogs, "Could not open " + file.getFileName(), error));
    }

    private void switchTo(Project next, Path file, boolean remember) {
        Project previous = session.project().orElse(null);
        session.show(next);
        session.setNotice(next.customers().isPresent() ? "Opened " + file.getFileName() : "Opened " + file.getFileName() + ": import a file to start");
        if (remember) {
            remember(file);
        }
        if (previous != null && previous != next) {
            runner.run("Closing " + previous.file().getFileName(), progress -> {
                previous.close();
                return previous;
            }, closed -> {}, error -> LOG.log(Level.WARNING, "Could not close " + previous.file(), error));
        }
    }

    private void remember(Path file) {
        recent.add(file);
        recentProjects.setAll(recent.list());
    }

    private Path untitledFile() {
        String stamp = UNTITLED.format(LocalDateTime.now());
        Path file = dataFolder.resolve("untitled-" + stamp + ".mv.db");
        for (int n = 2; Files.exists(file); n++) {
            file = dataFolder.resolve("untitled-" + stamp + "-" + n + ".mv.db");
        }
        return file;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
