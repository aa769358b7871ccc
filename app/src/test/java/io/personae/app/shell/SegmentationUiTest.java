package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.segments.SegmentsView;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The segmentation settings, the search for the best number of segments and the stability
/// check, in the real window on the bundled sample (already imported and segmented in five).
@ExtendWith(ApplicationExtension.class)
class SegmentationUiTest {

    /// segments of the stored segmentation the window opens with
    private static final int START_K = 8;

    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences preferences = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path orders = folder.resolve("online-shop-orders.csv");
        try (InputStream sample = getClass().getResourceAsStream(SampleData.RESOURCE)) {
            Files.copy(sample, orders);
        }
        Path file = folder.resolve("sample.mv.db");
        try (Project project = Project.open(file)) {
            ImportOptions guessed = RoleGuesser.guess(TableReaders.preview(orders, 500)).orElseThrow();
            project.importFile(orders, guessed, ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(START_K), ProgressMonitor.NONE);
        }
        workbench = Workbench.create(stage, new WorkbenchConfig(folder, preferences, dialogs));
        stage.show();
        workbench.start(StartupArguments.open(file));
    }

    @AfterEach
    void closeWorkbench() throws Exception {
        UiWait.closeWorkbench(workbench);
        preferences.removeNode();
    }

    @Test
    void givenTheSample_whenRfmIsChosenInTheSettingsAndApplied_thenTheCardsAreRfmGroupsAndTheSliderIsOff(FxRobot robot) throws Exception {
        Button cancel = robot.lookup("#" + ShellView.CANCEL_BUTTON_ID).queryButton();
        UiWait.until("the sample is shown", () -> cards(robot).size() == START_K && cancel.isDisabled());

        robot.clickOn("#" + SegmentsView.SETTINGS_TOGGLE_ID);
        robot.clickOn("#" + SegmentsView.METHOD_ID).clickOn("RFM scoring");
        TextField lastMonetary = robot.lookup("#cut-2-3").queryAs(TextField.class);
        UiWait.until("the cut points are prefilled with the quintiles", () -> !lastMonetary.getText().isBlank());

        robot.clickOn(lastMonetary).push(KeyCode.CONTROL, KeyCode.A).write("0");
        robot.clickOn("#" + SegmentsView.APPLY_ID);
        Label validation = robot.lookup("#" + SegmentsView.SETTINGS_VALIDATION_ID).queryAs(Label.class);
        UiWait.until("the settings say what is wrong", () -> validation.getText().startsWith("Monetary value:"));
        assertEquals(START_K, cards(robot).size(), "invalid settings run nothing");

        robot.clickOn(lastMonetary).push(KeyCode.CONTROL, KeyCode.A).write("100000");
        robot.clickOn("#" + SegmentsView.APPLY_ID);
        UiWait.until("RFM groups are shown", () -> titles(robot).contains("Champions") && cancel.isDisabled(),
                () -> "(cards " + titles(robot) + ", errors " + dialogs.errors() + ")");
        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        assertTrue(slider.isDisabled());
        assertTrue(robot.lookup("#" + SegmentsView.SUMMARY_ID).queryAs(Label.class).getText().startsWith("RFM scoring on"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        Screenshots.write(workbench.scene(), Screenshots.buildFile("settings-rfm.png"));
    }

    @Test
    void givenTheSample_whenTheBestNumberIsFoundAndUsedAndStabilityChecked_thenTheSliderMovesAndCardsAreLabelled(FxRobot robot) throws Exception {
        Button cancel = robot.lookup("#" + ShellView.CANCEL_BUTTON_ID).queryButton();
        UiWait.until("the sample is shown", () -> cards(robot).size() == START_K && cancel.isDisabled());

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
                () -> slider.getValue() == recommended && cards(robot).size() == recommended && cancel.isDisabled());

        robot.clickOn("#" + SegmentsView.STABILITY_ID);
        UiWait.until("every card says how stable it is", () -> badges(robot).size() == recommended && cancel.isDisabled(),
                () -> "(badges " + badges(robot) + ", errors " + dialogs.errors() + ")");
        assertTrue(badges(robot).stream().allMatch(text -> text.matches("(Stable|Unstable) · \\d[.,]\\d\\d")), badges(robot).toString());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        Screenshots.write(workbench.scene(), Screenshots.buildFile("sweep-stability.png"));
    }

    private static List<Node> cards(FxRobot robot) {
        return List.copyOf(robot.lookup("." + Styles.CARD).queryAll());
    }

    private static Set<String> titles(FxRobot robot) {
        return robot.lookup("." + Styles.CARD_TITLE).queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toSet());
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup("." + Styles.STABILITY).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }
}
