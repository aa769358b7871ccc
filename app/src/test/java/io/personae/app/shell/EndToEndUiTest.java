package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.exporting.ExportView;
import io.personae.app.importing.ImportView;
import io.personae.app.segments.SegmentsView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The issue's acceptance test: the real window, the real background worker and engine, only the
/// file choosers answered by the test.
@ExtendWith(ApplicationExtension.class)
class EndToEndUiTest {

    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences preferences = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path orders = folder.resolve("online-shop-orders.csv");
        try (InputStream sample = getClass().getResourceAsStream(SampleData.RESOURCE)) {
            Files.copy(sample, orders);
        }
        dialogs.willOpen(orders).willSave(folder.resolve("campaign.csv"));
        workbench = Workbench.create(stage, new WorkbenchConfig(folder, preferences, dialogs));
        stage.show();
        workbench.start(StartupArguments.open(folder.resolve("e2e.mv.db")));
    }

    @AfterEach
    void closeWorkbench() throws Exception {
        UiWait.closeWorkbench(workbench);
        preferences.removeNode();
    }

    @Test
    void givenTheSampleOrders_whenImportedSegmentedInFiveAndOnePersonaExported_thenTheFileListsThatPersonasCustomers(FxRobot robot)
            throws Exception {
        Button cancel = robot.lookup("#" + ShellView.CANCEL_BUTTON_ID).queryButton();
        UiWait.until("the empty project is open", () -> stage.getTitle().startsWith("e2e.mv.db") && cancel.isDisabled(),
                () -> "(title " + stage.getTitle() + ", errors " + dialogs.errors() + ")");

        snapshot(workbench.scene(), buildFile("empty-state.png"));

        robot.clickOn("File").clickOn(ImportView.MENU_TEXT);
        UiWait.until("the preview is read and the roles guessed",
                () -> !robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).queryButton().isDisabled());
        snapshot(robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).query().getScene(), buildFile("import-dialog.png"));
        robot.clickOn("#" + ImportView.IMPORT_BUTTON_ID);
        UiWait.until("the import and the first segmentation are done", () -> cards(robot).size() == 5 && cancel.isDisabled());
        assertEquals("5000", robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class).getText().replaceAll("\\D", ""));

        Slider slider = robot.lookup("#" + SegmentsView.SLIDER_ID).queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        Set<String> atFive = numberedNames(robot);
        robot.type(KeyCode.RIGHT);
        UiWait.until("six segments are shown", () -> cards(robot).size() == 6 && cancel.isDisabled());
        Set<String> kept = new HashSet<>(numberedNames(robot));
        kept.retainAll(atFive);
        assertTrue(!kept.isEmpty(), "a segment found again keeps its name and number: " + atFive + " then " + numberedNames(robot));
        robot.type(KeyCode.RIGHT, 2);
        UiWait.until("eight segments are shown", () -> cards(robot).size() == 8 && cancel.isDisabled());
        robot.type(KeyCode.LEFT, 3);
        UiWait.until("five segments are shown again", () -> cards(robot).size() == 5 && cancel.isDisabled());
        assertEquals(5, slider.getValue());

        Node card = cards(robot).get(1);
        int size = Integer.parseInt(robot.from(card).lookup("." + Styles.CARD_SIZE).queryAs(Label.class).getText()
                .split(" customers")[0].replaceAll("\\D", ""));
        String persona = robot.from(card).lookup("." + Styles.CARD_TITLE).queryAs(Label.class).getText();
        robot.clickOn(robot.from(card).lookup(".check-box").queryAs(CheckBox.class));
        String asked = System.getProperty("personae.screenshot", "");
        snapshot(workbench.scene(), asked.isBlank() ? buildFile("workbench.png")
                : Path.of(System.getProperty("personae.root", "")).resolve(asked));

        robot.clickOn("File").clickOn(ExportView.MENU_TEXT);
        snapshot(robot.lookup("#" + ExportView.EXPORT_BUTTON_ID).query().getScene(), buildFile("export-dialog.png"));
        robot.clickOn("#" + ExportView.EXPORT_BUTTON_ID);
        UiWait.until("the export is reported", () -> !dialogs.informations().isEmpty());

        List<String> lines = Files.readAllLines(folder.resolve("campaign.csv"));
        assertEquals("Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action", lines.getFirst());
        assertEquals(size, lines.size() - 1);
        assertTrue(lines.get(1).contains(persona), lines.get(1) + " should name " + persona);
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    /// "Segment 3: Loyal high spenders" of each card.
    private static Set<String> numberedNames(FxRobot robot) {
        Set<String> names = new HashSet<>();
        for (Node card : cards(robot)) {
            names.add(robot.from(card).lookup("." + Styles.CARD_NUMBER).queryAs(Label.class).getText() + ": "
                    + robot.from(card).lookup("." + Styles.CARD_TITLE).queryAs(Label.class).getText());
        }
        return names;
    }

    private static List<Node> cards(FxRobot robot) {
        return List.copyOf(robot.lookup("." + Styles.CARD).queryAll());
    }

    private static Path buildFile(String name) {
        return Path.of(System.getProperty("personae.build", "target"), "screenshots", name);
    }

    /// Writes what `scene` shows as a PNG. The README's screenshot is made with
    /// `-Dpersonae.screenshot=docs/screenshot.png` (relative to the repository root); the other
    /// pictures, for reviewing the dialogs, go under the build folder.
    private static void snapshot(Scene scene, Path target) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(UiWait.SECONDS, TimeUnit.SECONDS);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", target.toFile());
    }
}
