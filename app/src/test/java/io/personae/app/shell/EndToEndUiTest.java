package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.exporting.ExportView;
import io.personae.app.importing.ImportView;
import io.personae.app.segments.SegmentsView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The issue's acceptance test: the real window, the real background worker and engine, only the
/// file choosers answered by the test.
@ExtendWith(ApplicationExtension.class)
class EndToEndUiTest {

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();

    @Start
    void start(Stage stage) throws IOException {
        dialogs.willOpen(window.copyBundledSample()).willSave(window.folder().resolve("campaign.csv"));
        window.open(stage, window.folder().resolve("e2e.mv.db"));
    }

    @Test
    void givenTheSampleOrders_whenImportedSegmentedInFiveAndOnePersonaExported_thenTheFileListsThatPersonasCustomers(FxRobot robot)
            throws Exception {
        Button cancel = window.cancelButton();
        window.waitUntilOpenAndIdle();

        Screenshots.write(window.workbench().scene(), Screenshots.buildFile("empty-state.png"));

        robot.clickOn("File").clickOn(ImportView.MENU_TEXT);
        UiWait.until("the preview is read and the roles guessed",
                () -> !robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).queryButton().isDisabled());
        Screenshots.write(robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).query().getScene(), Screenshots.buildFile("import-dialog.png"));
        robot.clickOn("#" + ImportView.IMPORT_BUTTON_ID);
        UiWait.until("the import and the first segmentation are done", () -> window.segmentCards().size() == 5 && cancel.isDisabled());
        assertEquals("5000", robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class).getText().replaceAll("\\D", ""));

        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        Set<String> atFive = numberedNames(robot);
        robot.type(KeyCode.RIGHT);
        UiWait.until("six segments are shown", () -> window.segmentCards().size() == 6 && cancel.isDisabled());
        Set<String> kept = new HashSet<>(numberedNames(robot));
        kept.retainAll(atFive);
        assertTrue(!kept.isEmpty(), "a segment found again keeps its name and number: " + atFive + " then " + numberedNames(robot));
        robot.type(KeyCode.RIGHT, 2);
        UiWait.until("eight segments are shown", () -> window.segmentCards().size() == 8 && cancel.isDisabled());
        robot.type(KeyCode.LEFT, 3);
        UiWait.until("five segments are shown again", () -> window.segmentCards().size() == 5 && cancel.isDisabled());
        assertEquals(5, slider.getValue());

        Node card = window.segmentCards().get(1);
        int size = Integer.parseInt(robot.from(card).lookup("." + Styles.CARD_SIZE).queryAs(Label.class).getText()
                .split(" customers")[0].replaceAll("\\D", ""));
        String persona = robot.from(card).lookup("." + Styles.CARD_TITLE).queryAs(Label.class).getText();
        robot.clickOn(robot.from(card).lookup(".check-box").queryAs(CheckBox.class));
        // the README's screenshot is made with `-Dpersonae.screenshot=docs/screenshot.png`
        // (relative to the repository root)
        String asked = System.getProperty("personae.screenshot", "");
        Screenshots.write(window.workbench().scene(), asked.isBlank() ? Screenshots.buildFile("workbench.png")
                : Path.of(System.getProperty("personae.root", "")).resolve(asked));

        robot.clickOn("File").clickOn(ExportView.MENU_TEXT);
        Screenshots.write(robot.lookup("#" + ExportView.EXPORT_BUTTON_ID).query().getScene(), Screenshots.buildFile("export-dialog.png"));
        robot.clickOn("#" + ExportView.EXPORT_BUTTON_ID);
        UiWait.until("the export is reported", () -> !dialogs.informations().isEmpty());

        List<String> lines = Files.readAllLines(window.folder().resolve("campaign.csv"));
        assertEquals("Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action", lines.getFirst());
        assertEquals(size, lines.size() - 1);
        assertTrue(lines.get(1).contains(persona), lines.get(1) + " should name " + persona);
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    /// "Segment 3: Loyal high spenders" of each card.
    private Set<String> numberedNames(FxRobot robot) {
        Set<String> names = new HashSet<>();
        for (Node card : window.segmentCards()) {
            names.add(robot.from(card).lookup("." + Styles.CARD_NUMBER).queryAs(Label.class).getText() + ": "
                    + robot.from(card).lookup("." + Styles.CARD_TITLE).queryAs(Label.class).getText());
        }
        return names;
    }
}
