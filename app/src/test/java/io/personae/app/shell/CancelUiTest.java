package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.common.TestData;
import io.personae.app.segments.SegmentsView;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Reopening a project, and the status bar's Cancel button on a running job.
@ExtendWith(ApplicationExtension.class)
class CancelUiTest {

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path file = folder.resolve("shop.mv.db");
        try (Project project = Project.open(file)) {
            project.importFile(TestData.orders(folder), new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", "Email", "First Name",
                    "Last Name", "Order Date", "Order Total", List.of()), ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(2), ProgressMonitor.NONE);
        }
        workbench = Workbench.create(stage, new WorkbenchConfig(folder, preferences, new FakeDialogService()));
        stage.show();
        workbench.start(StartupArguments.open(file));
    }

    @AfterEach
    void closeWorkbench() throws Exception {
        UiWait.closeWorkbench(workbench);
        preferences.removeNode();
    }

    @Test
    void givenAProjectWithASegmentation_whenReopened_thenItsCustomersAndPersonasAreShown(FxRobot robot) {
        Label count = robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class);
        UiWait.until("the project is open", () -> count.getText().equals("4 customers"));

        UiWait.until("its two personas are shown", () -> robot.lookup("." + Styles.CARD).queryAll().size() == 2);
        assertEquals(2, robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class).getValue());
    }

    @Test
    void givenAJobRunning_whenCancelIsClicked_thenTheJobStopsAndTheCustomersRemain(FxRobot robot) throws Exception {
        Label count = robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class);
        Button cancel = robot.lookup("#" + ShellView.CANCEL_BUTTON_ID).queryButton();
        UiWait.until("the project is open and idle", () -> count.getText().equals("4 customers") && cancel.isDisabled());
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();

        robot.interact(() -> workbench.runner().run("Waiting to be cancelled", progress -> {
            while (true) {
                progress.update(-1, "Waiting to be cancelled");
                progress.checkCancelled();
                Thread.sleep(5);
            }
        }, result -> outcome.complete(null), outcome::complete));
        UiWait.until("Cancel can be clicked", () -> !cancel.isDisabled());
        robot.clickOn(cancel);

        assertInstanceOf(CancelledException.class, outcome.get(UiWait.SECONDS, TimeUnit.SECONDS));
        UiWait.until("the status bar is idle again", cancel::isDisabled);
        assertEquals("4 customers", count.getText());
    }
}
