package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.Styles;
import io.personae.app.common.TestData;
import io.personae.app.segments.SegmentsView;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Reopening a project, and the status bar's Cancel button on a running job.
@ExtendWith(ApplicationExtension.class)
class CancelUiTest {

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    @Start
    void start(Stage stage) throws Exception {
        Path orders = TestData.orders(window.folder());
        window.open(stage, window.importAndSegment("shop.mv.db", orders, TestData.ORDER_ROLES, SegmentationOptions.withK(2)));
    }

    @Test
    void givenAProjectWithASegmentation_whenReopened_thenItsCustomersAndPersonasAreShown(FxRobot robot) {
        Label count = robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class);
        UiWait.until("the project is open", () -> count.getText().equals("4 customers"));

        UiWait.until("its two personas are shown", () -> window.segmentCards().size() == 2);
        assertEquals(2, robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class).getValue());
    }

    @Test
    void givenAJobRunning_whenCancelIsClicked_thenTheJobStopsAndTheCustomersRemain(FxRobot robot) throws Exception {
        Label count = robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class);
        Button cancel = window.cancelButton();
        UiWait.until("the project is open and idle", () -> count.getText().equals("4 customers") && cancel.isDisabled());
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();

        robot.interact(() -> window.workbench().runner().run("Waiting to be cancelled", progress -> {
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
