package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.personas.ChartKind;
import io.personae.app.personas.PersonasView;
import io.personae.app.segments.SegmentsView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The persona board in the real window on the bundled sample, segmented in five: editing a name
/// that survives a re-run, the compare view, the charts with their export, and the presentation.
@ExtendWith(ApplicationExtension.class)
class PersonaBoardUiTest {

    private static final String NEW_NAME = "Weekend regulars";

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();
    /// numbers ("Segment 3") that the run in six finds again from the run in five
    private Set<String> keptAtSix;

    @Start
    void start(Stage stage) throws Exception {
        Path file = window.importBundledSample("sample.mv.db", SegmentationOptions.withK(5));
        try (Project project = Project.open(file)) {
            Segmentation six = project.preview(SegmentationOptions.withK(5).withSegments(6), ProgressMonitor.NONE);
            Set<Integer> before = Arrays.stream(project.segmentation().orElseThrow().result().identities()).boxed().collect(Collectors.toSet());
            keptAtSix = Arrays.stream(six.result().identities()).filter(before::contains).mapToObj(i -> "Segment " + (i + 1))
                    .collect(Collectors.toSet());
        }
        window.open(stage, file);
    }

    @Test
    void givenFiveSegments_whenAPersonaIsRenamedOnTheBoardAndKChanged_thenTheMatchedSegmentKeepsTheName(FxRobot robot)
            throws Exception {
        Button cancel = window.cancelButton();
        window.waitUntilSegmentsShown(5);
        assertTrue(!keptAtSix.isEmpty(), "the run in six finds some segments of the run in five again");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        UiWait.until("the board shows five personas", () -> window.boardCards().size() == 5 && cancel.isDisabled(),
                () -> "(errors " + dialogs.errors() + ")");
        Node card = window.boardCards().stream().filter(c -> keptAtSix.contains(number(robot, c))).findFirst().orElseThrow();
        String number = number(robot, card);
        robot.clickOn(robot.from(card).lookup("#edit-name").queryButton());
        // decision: the text is put in the field at once; typing it key by key costs seconds and
        // tests TestFX more than the board. Enter, which commits, is a real key press.
        TextField field = robot.from(card).lookup("." + Styles.INLINE_EDITOR).queryAs(TextField.class);
        UiWait.until("the name is being edited", field::isFocused);
        robot.interact(() -> field.setText(NEW_NAME));
        robot.type(KeyCode.ENTER);
        UiWait.until("the board shows the new name", () -> NEW_NAME.equals(boardName(robot, number)) && cancel.isDisabled(),
                () -> "(board " + boardName(robot, number) + ", errors " + dialogs.errors() + ")");
        assertEquals(NEW_NAME, segmentName(robot, number), "the segments screen shows the new name too");
        Screenshots.write(window.workbench().scene(), Screenshots.docsFile("persona-board.png"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        UiWait.until("six segments are shown", () -> window.segmentCards().size() == 6 && cancel.isDisabled());
        assertEquals(NEW_NAME, segmentName(robot, number), "the segment found again keeps its name on its card");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        UiWait.until("the board shows six personas", () -> window.boardCards().size() == 6 && cancel.isDisabled());
        assertEquals(NEW_NAME, boardName(robot, number), "and on the board");
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());

        robot.interact(() -> window.workbench().personasView().showTab(PersonasView.COMPARE_TAB));
        UiWait.until("the compare view shows two segments", () -> robot.lookup("#" + PersonasView.LEFT_ID).tryQuery().isPresent());
        Screenshots.write(window.workbench().scene(), Screenshots.docsFile("persona-compare.png"));

        robot.interact(() -> window.workbench().personasView().showTab(PersonasView.CHARTS_TAB));
        for (ChartKind kind : ChartKind.values()) {
            robot.clickOn(kind.title());
            // the RFM grid of this k-means run only explains how to get one: ChartSelectionUiTest shows it drawn
            String name = kind == ChartKind.RFM_GRID ? "chart-rfm-grid-explained.png" : "chart-" + kind.fileName() + ".png";
            Screenshots.write(window.workbench().scene(), Screenshots.docsFile(name));
        }
        Path png = window.folder().resolve("actions.png");
        Path svg = window.folder().resolve("actions.svg");
        dialogs.willSave(png).willSave(svg);
        robot.clickOn("#" + PersonasView.EXPORT_ID);
        robot.clickOn("#" + PersonasView.EXPORT_ID);
        UiWait.until("both exports are written", () -> Files.exists(png) && Files.exists(svg) && cancel.isDisabled());
        BufferedImage picture = ImageIO.read(png.toFile());
        assertEquals(1600, picture.getWidth());
        assertTrue(Files.readString(svg).contains("<svg"), "an SVG drawing");
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void givenTheBoard_whenPresentedAndArrowKeysPressed_thenOnePersonaAtATimeIsShownUntilEscape(FxRobot robot) throws Exception {
        Button cancel = window.cancelButton();
        window.waitUntilSegmentsShown(5);
        robot.clickOn(ShellView.PERSONAS_TAB);
        UiWait.until("the board shows five personas", () -> window.boardCards().size() == 5 && cancel.isDisabled());
        List<String> names = window.boardCards().stream().map(c -> robot.from(c).lookup("." + Styles.BOARD_TITLE).queryAs(Label.class).getText())
                .toList();
        robot.clickOn(robot.from(window.boardCards().get(1)).lookup("." + Styles.CARD_SIZE).queryAs(Label.class));

        robot.clickOn("#" + PersonasView.PRESENT_ID);
        UiWait.until("the presentation is shown", () -> presentation().isPresent());
        Stage shown = presentation().orElseThrow();
        Label name = (Label) shown.getScene().lookup("#" + PersonasView.PRESENTATION_NAME_ID);
        assertEquals(names.get(1), name.getText(), "it starts at the persona picked");

        robot.interact(shown::requestFocus);
        robot.type(KeyCode.RIGHT);
        UiWait.until("the next persona is shown", () -> name.getText().equals(names.get(2)));
        robot.type(KeyCode.PAGE_UP, 2);
        UiWait.until("the first persona is shown", () -> name.getText().equals(names.get(0)));
        robot.interact(() -> {
            shown.setMaximized(false);
            shown.setWidth(1280);
            shown.setHeight(800);
        });
        Screenshots.write(shown.getScene(), Screenshots.docsFile("presentation.png"));

        robot.type(KeyCode.ESCAPE);
        UiWait.until("the presentation is closed", () -> !shown.isShowing());
    }

    private static Optional<Stage> presentation() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null
                && w.getScene().getRoot() != null && PersonasView.PRESENTATION_ID.equals(w.getScene().getRoot().getId()))
                .map(Stage.class::cast).findFirst();
    }

    private static String number(FxRobot robot, Node card) {
        return robot.from(card).lookup("." + Styles.CARD_NUMBER).queryAs(Label.class).getText();
    }

    private String boardName(FxRobot robot, String number) {
        return window.boardCards().stream().filter(c -> number.equals(number(robot, c))).findFirst()
                .map(c -> robot.from(c).lookup("." + Styles.BOARD_TITLE).queryAs(Label.class).getText()).orElse(null);
    }

    private String segmentName(FxRobot robot, String number) {
        return window.segmentCards().stream().filter(c -> number.equals(number(robot, c))).findFirst()
                .map(c -> robot.from(c).lookup("." + Styles.CARD_TITLE).queryAs(Label.class).getText()).orElse(null);
    }
}
