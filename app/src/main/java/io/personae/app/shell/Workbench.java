package io.personae.app.shell;

import io.personae.app.common.BackgroundStatus;
import io.personae.app.common.DialogService;
import io.personae.app.common.FxTaskRunner;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.Theme;
import io.personae.app.common.UserErrors;
import io.personae.app.common.charts.ChartExporter;
import io.personae.app.exporting.DesktopFolderOpener;
import io.personae.app.exporting.ExportView;
import io.personae.app.exporting.ExportViewModel;
import io.personae.app.exporting.FolderOpener;
import io.personae.app.exporting.HistoryView;
import io.personae.app.exporting.HistoryViewModel;
import io.personae.app.exporting.ReportView;
import io.personae.app.exporting.ReportViewModel;
import io.personae.app.importing.ImportView;
import io.personae.app.importing.ImportViewModel;
import io.personae.app.importing.QualityView;
import io.personae.app.importing.QualityViewModel;
import io.personae.app.personas.PersonasView;
import io.personae.app.personas.PersonasViewModel;
import io.personae.app.segments.SegmentsView;
import io.personae.app.segments.SegmentsViewModel;
import io.personae.app.workspace.RecentProjects;
import io.personae.app.workspace.WorkspaceView;
import io.personae.app.workspace.WorkspaceViewModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;

/// The composition root: builds every view model and view by hand and wires them together.
///
/// decision: no dependency-injection framework; a dozen objects are clearer wired in one place.
public final class Workbench implements AutoCloseable {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Session session = new Session();
    private final BackgroundStatus status = new BackgroundStatus();
    private final FxTaskRunner runner = new FxTaskRunner(status);
    /// waits for imports being saved, beside the worker that runs segmentations meanwhile
    private final FxTaskRunner saves = new FxTaskRunner(status);
    private final DialogService dialogs;
    private final WorkspaceViewModel workspace;
    private final ImportViewModel importing;
    private final Scene scene;
    private final ShellView shellView;
    private final PersonasView personasView;
    private SampleData sample;

    private Workbench(Stage stage, WorkbenchConfig config) {
        dialogs = config.dialogs();
        workspace = new WorkspaceViewModel(session, runner, dialogs, new RecentProjects(config.preferences()), config.dataFolder());
        importing = new ImportViewModel(session, runner, dialogs, workspace);
        SegmentsViewModel segments = new SegmentsViewModel(session, runner, dialogs);
        FolderOpener folders = new DesktopFolderOpener();
        ExportViewModel exporting = new ExportViewModel(session, runner, dialogs, folders);
        PersonasViewModel personas = new PersonasViewModel(session, runner, dialogs);
        ShellViewModel shell = new ShellViewModel(session, status);
        new ImportSaving(session, saves, dialogs);

        ImportView importView = new ImportView(importing, stage);
        ExportView exportView = new ExportView(exporting, stage);
        HistoryView historyView = new HistoryView(new HistoryViewModel(session, runner, dialogs), stage);
        ReportView reportView = new ReportView(new ReportViewModel(session, runner, dialogs, folders));
        personasView = new PersonasView(personas, new ChartExporter(session, runner, dialogs));
        shellView = new ShellView(shell, new WorkspaceView(workspace).menuItems(), importView.menuItem(),
                List.of(exportView.menuItem(), historyView.menuItem(), reportView.menuItem()), new SegmentsView(segments).root(), personasView.root(), importing::begin, stage::close);
        personas.activeProperty().bind(shellView.personasShownProperty());
        QualityView qualityView = new QualityView(new QualityViewModel(session, runner, dialogs), stage);
        shellView.addViewItems(qualityView.menuItem());
        shellView.addStatusNode(qualityView.offerButton());

        scene = new Scene(shellView.root(), WIDTH, HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /// Builds the window's content into `stage`; call on the JavaFX thread, then [#start].
    public static Workbench create(Stage stage, WorkbenchConfig config) {
        return new Workbench(stage, config);
    }

    public Scene scene() {
        return scene;
    }

    /// Shows the persona screens (`true`) or the segments screen.
    public void showPersonas(boolean personas) {
        shellView.showPersonas(personas);
    }

    /// The persona screens, for tests in this package that switch among them.
    PersonasView personasView() {
        return personasView;
    }

    /// The background worker, for tests in this package that need a job of their own.
    TaskRunner runner() {
        return runner;
    }

    /// Opens what the command line asked for, in the background.
    public void start(StartupArguments arguments) {
        switch (arguments.mode()) {
            case SAMPLE -> runner.run("Preparing the sample data", progress -> SampleData.prepare(), prepared -> {
                sample = prepared;
                workspace.openScratch(prepared.workspace(), () -> importing.importGuessed(prepared.orders()));
            }, error -> UserErrors.report(dialogs, "Could not open the sample", error));
            case OPEN -> workspace.openOrCreate(arguments.workspace());
            case RECENT -> workspace.openMostRecent();
        }
    }

    /// Stops background work and closes the project; call when the window closes. An import
    /// still being saved is cancelled like any other job, and closing waits for its roll-back.
    @Override
    public void close() {
        runner.close();
        saves.close();
        session.project().ifPresent(project -> project.close());
        if (sample != null) {
            sample.delete();
        }
    }
}
