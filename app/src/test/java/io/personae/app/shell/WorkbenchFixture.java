package io.personae.app.shell;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.common.TestFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// The real workbench window of a UI test and the steps the UI tests share: preparing a project
/// (the bundled sample imported and segmented), opening the window on it and waiting until it
/// shows the segments. After each test it closes the window with everything it opened, forgets
/// the test's preferences and deletes its folder, so each test starts from a clean desk.
///
/// Register it on a field and open the window from the test's own `@Start` (or later, inside
/// `robot.interact`):
///
/// ```java
/// @RegisterExtension
/// final WorkbenchFixture window = new WorkbenchFixture();
///
/// @Start
/// void start(Stage stage) throws Exception {
///     window.open(stage, window.importBundledSample("sample.mv.db", SegmentationOptions.withK(5)));
/// }
/// ```
// decision: a JUnit extension on a field, not a base class: each test keeps its own `@Start`
// (what it opens differs) and its own assertions, and JUnit runs the closing after the test's
// `@AfterEach` methods and before TestFX's own clean-up (extensions close in reverse order of
// registration, and TestFX's, on the class, registers first).
final class WorkbenchFixture implements AfterEachCallback {

    /// The name the bundled sample gets in the test's folder.
    private static final String SAMPLE_FILE = "online-shop-orders.csv";

    private final TestFolder folder = new TestFolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences preferences = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    // decision: its own robot, used for lookups only, so the steps read without a robot argument
    private final FxRobot robot = new FxRobot();
    private Workbench workbench;
    private Stage stage;
    private Path projectFile;

    /// The test's temporary folder: the workbench's data folder and where the steps write files.
    Path folder() {
        return folder.path();
    }

    /// The file choosers and message boxes of the window, answered and recorded by the test.
    FakeDialogService dialogs() {
        return dialogs;
    }

    /// The workbench shown by [#open(Stage, Path)].
    Workbench workbench() {
        return Objects.requireNonNull(workbench, "the window is not open yet");
    }

    /// Copies the sample bundled with the application into the test's folder.
    Path copyBundledSample() throws IOException {
        Path orders = folder().resolve(SAMPLE_FILE);
        try (InputStream sample = getClass().getResourceAsStream(SampleData.RESOURCE)) {
            Files.copy(Objects.requireNonNull(sample, SampleData.RESOURCE), orders);
        }
        return orders;
    }

    /// The bundled sample imported with the roles the import dialog guesses, then segmented with
    /// `segmentation`, saved in the closed project `projectName` of the test's folder.
    Path importBundledSample(String projectName, SegmentationOptions segmentation) throws Exception {
        Path orders = copyBundledSample();
        ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(orders, 500)).orElseThrow();
        return importAndSegment(projectName, orders, guessed, segmentation);
    }

    /// `data` imported with `options`, then segmented with `segmentation`, saved in the closed
    /// project `projectName` of the test's folder.
    Path importAndSegment(String projectName, Path data, ImportOptions options, SegmentationOptions segmentation) throws Exception {
        Path file = folder().resolve(projectName);
        try (Project project = Project.open(file)) {
            project.importFile(data, options, ProgressMonitor.NONE);
            project.segment(segmentation, ProgressMonitor.NONE);
        }
        return file;
    }

    /// Builds the workbench in `stage`, shows it and starts it on `file` (created empty when it
    /// is not there). Call it on the JavaFX thread: from `@Start` or inside `robot.interact`.
    void open(Stage stage, Path file) {
        this.stage = stage;
        this.projectFile = file;
        workbench = Workbench.create(stage, new WorkbenchConfig(folder(), preferences, dialogs));
        stage.show();
        workbench.start(StartupArguments.open(file));
    }

    /// The status bar's Cancel button, enabled while a job runs.
    Button cancelButton() {
        return robot.lookup("#" + ShellView.CANCEL_BUTTON_ID).queryButton();
    }

    /// Waits until the window's title names the project opened and no job runs.
    void waitUntilOpenAndIdle() {
        String name = Objects.requireNonNull(projectFile, "the window is not open yet").getFileName().toString();
        Button cancel = cancelButton();
        UiWait.until("the project " + name + " is open and idle", () -> stage.getTitle().startsWith(name) && cancel.isDisabled(),
                () -> "(title " + stage.getTitle() + ", errors " + dialogs.errors() + ")");
    }

    /// Waits until the segments screen shows `count` segment cards and no job runs.
    void waitUntilSegmentsShown(int count) {
        Button cancel = cancelButton();
        UiWait.until(count + " segments are shown", () -> segmentCards().size() == count && cancel.isDisabled(),
                () -> "(cards " + segmentCards().size() + ", errors " + dialogs.errors() + ")");
    }

    /// The cards of the segments screen, in their order.
    List<Node> segmentCards() {
        return List.copyOf(robot.lookup("." + Styles.CARD).queryAll());
    }

    /// The cards of the persona board, in their order.
    List<Node> boardCards() {
        return List.copyOf(robot.lookup("." + Styles.BOARD_CARD).queryAll());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (workbench != null) {
                closeWorkbench();
            }
        } finally {
            try {
                preferences.removeNode();
            } finally {
                folder.delete();
            }
        }
    }

    /// Closes the workbench and every window it opened (dialogs, reports, the presentation) and
    /// hides every popup (menus, tooltips, combo box lists): TestFX keeps the primary stage from
    /// one test to the next, so anything left showing could catch the next test's clicks.
    private void closeWorkbench() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Scene main = workbench.scene();
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window instanceof Stage shown && window.getScene() != main) {
                    shown.close();
                } else if (!(window instanceof Stage)) {
                    window.hide();
                }
            }
            workbench.close();
        }).get(UiWait.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
