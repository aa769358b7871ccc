package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.segments.SegmentsView;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The segmentation settings, the search for the best number of segments and the stability
/// check, in the real window on the bundled sample (already imported and segmented in five).
@ExtendWith(ApplicationExtension.class)
class SegmentationUiTest {

    /// segments of the stored segmentation the window opens with
    private static final int START_K = 8;

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();

    @Start
    void start(Stage stage) throws Exception {
        window.open(stage, window.importBundledSample("sample.mv.db", SegmentationOptions.withK(START_K)));
    }

    @Test
    void givenTheSample_whenRfmIsChosenInTheSettingsAndApplied_thenTheCardsAreRfmGroupsAndTheSliderIsOff(FxRobot robot) throws Exception {
        Button cancel = window.cancelButton();
        window.waitUntilSegmentsShown(START_K);

        robot.clickOn("#" + SegmentsView.SETTINGS_TOGGLE_ID);
        robot.clickOn("#" + SegmentsView.METHOD_ID).clickOn("RFM scoring");
        TextField lastMonetary = robot.lookup("#cut-2-3").queryAs(TextField.class);
        UiWait.until("the cut points are prefilled with the quintiles", () -> !lastMonetary.getText().isBlank());

        robot.clickOn(lastMonetary).push(KeyCode.CONTROL, KeyCode.A).write("0");
        robot.clickOn("#" + SegmentsView.APPLY_ID);
        Label validation = robot.lookup("#" + SegmentsView.SETTINGS_VALIDATION_ID).queryAs(Label.class);
        UiWait.until("the settings say what is wrong", () -> validation.getText().startsWith("Monetary value:"));
        assertEquals(START_K, window.segmentCards().size(), "invalid settings run nothing");

        robot.clickOn(lastMonetary).push(KeyCode.CONTROL, KeyCode.A).write("100000");
        robot.clickOn("#" + SegmentsView.APPLY_ID);
        UiWait.until("RFM groups are shown", () -> titles(robot).contains("Champions") && cancel.isDisabled(),
                () -> "(cards " + titles(robot) + ", errors " + dialogs.errors() + ")");
        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        assertTrue(slider.isDisabled());
        assertTrue(robot.lookup("#" + SegmentsView.SUMMARY_ID).queryAs(Label.class).getText().startsWith("RFM scoring on"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        Screenshots.write(window.workbench().scene(), Screenshots.buildFile("settings-rfm.png"));
    }

    @Test
    void givenTheSample_whenTheBestNumberIsFoundAndUsedAndStabilityChecked_thenTheSliderMovesAndCardsAreLabelled(FxRobot robot) throws Exception {
        Button cancel = window.cancelButton();
        window.waitUntilSegmentsShown(START_K);

        robot.clickOn("#" + SegmentsView.FIND_BEST_ID);
        Label recommendation = robot.lookup("#" + SegmentsView.RECOMMENDATION_ID).queryAs(Label.class);
        UiWait.until("the recommendation is shown", () -> !recommendation.getText().isBlank() && cancel.isDisabled(),
                () -> "(errors " + dialogs.errors() + ")");
        Button use = robot.lookup("#" + SegmentsView.SWEEP_USE_ID).queryButton();
        int recommended = Integer.parseInt(use.getText().replaceAll("\\D", ""));
        assertTrue(recommendation.getText().contains(String.valueOf(recommended)), recommendation.getText());
        assertNotEquals(START_K, recommended, "the sample has fewer clear groups than " + START_K);

        robot.clickOn(use);
        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        UiWait.until("the recommended number is shown",
                () -> slider.getValue() == recommended && window.segmentCards().size() == recommended && cancel.isDisabled());

        robot.clickOn("#" + SegmentsView.STABILITY_ID);
        UiWait.until("every card says how stable it is", () -> badges(robot).size() == recommended && cancel.isDisabled(),
                () -> "(badges " + badges(robot) + ", errors " + dialogs.errors() + ")");
        assertTrue(badges(robot).stream().allMatch(text -> text.matches("(Stable|Unstable) · \\d[.,]\\d\\d")), badges(robot).toString());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        Screenshots.write(window.workbench().scene(), Screenshots.buildFile("sweep-stability.png"));
    }

    private static Set<String> titles(FxRobot robot) {
        return robot.lookup("." + Styles.CARD_TITLE).queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toSet());
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup("." + Styles.STABILITY).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }
}
