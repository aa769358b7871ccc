package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.exporting.ExportView;
import io.personae.app.exporting.HistoryView;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// A campaign export in the real window on the bundled sample: Klaviyo with an A/B test and a
/// holdout, checked before writing, then found again in the export history.
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();

    @Start
    void start(Stage stage) throws Exception {
        window.open(stage, window.importBundledSample("export.mv.db", SegmentationOptions.withK(4)));
    }

    @Test
    void givenTheSample_whenExportedForKlaviyoWithAnABTest_thenTheFileHasVariantsInTheirSharesAndTheHistoryListsIt(FxRobot robot)
            throws Exception {
        window.waitUntilSegmentsShown(4);

        robot.clickOn("File").clickOn(ExportView.MENU_TEXT);
        robot.clickOn("#" + ExportView.PRESET_ID).clickOn("Klaviyo");
        assertTrue(robot.lookup("#" + ExportView.HEADER_ID).queryAs(Label.class).getText().startsWith("Email, "));
        robot.clickOn("#" + ExportView.GROUPS_TOGGLE_ID);
        assertEquals(List.of("45", "45", "10"), List.of(field(robot, "#share-a"), field(robot, "#share-b"),
                field(robot, "#share-holdout")));
        robot.doubleClickOn("#export-seed").write("7");
        robot.clickOn("#" + ExportView.CHECK_BUTTON_ID);
        UiWait.until("the check is summed up", () -> !robot.lookup("#" + ExportView.CHECK_SUMMARY_ID).queryAs(VBox.class).getChildren().isEmpty(), () -> "(errors " + dialogs.errors() + ")");
        Node summary = robot.lookup("#" + ExportView.CHECK_SUMMARY_ID).query();
        Screenshots.write(summary.getScene(), Screenshots.docsFile("export-campaign.png"));

        dialogs.willSave(window.folder().resolve("spring.csv"));
        robot.clickOn("#" + ExportView.EXPORT_BUTTON_ID);
        UiWait.until("the export is reported", () -> !dialogs.informations().isEmpty() || !dialogs.errors().isEmpty());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());

        List<String> lines = Files.readAllLines(window.folder().resolve("spring.csv"));
        List<String> header = Arrays.asList(lines.getFirst().split(","));
        assertEquals("Email", header.getFirst());
        int variant = header.indexOf("Variant");
        assertTrue(variant > 0, lines.getFirst());
        Map<String, Integer> counts = new HashMap<>();
        lines.subList(1, lines.size()).forEach(line -> counts.merge(cells(line)[variant], 1, Integer::sum));
        int rows = lines.size() - 1;
        assertShare(45, counts.get("A"), rows);
        assertShare(45, counts.get("B"), rows);
        assertShare(10, counts.get("Holdout"), rows);

        robot.clickOn("File").clickOn(HistoryView.MENU_TEXT);
        TableView<?> history = robot.lookup("#" + HistoryView.EXPORTS_TABLE_ID).queryAs(TableView.class);
        UiWait.until("the export is listed", () -> history.getItems().size() == 1);
        robot.clickOn("spring.csv");
        TableView<?> customers = robot.lookup("#" + HistoryView.CUSTOMERS_TABLE_ID).queryAs(TableView.class);
        UiWait.until("its customers are listed", () -> !customers.getItems().isEmpty());
        assertEquals(Math.min(rows, 1_000), customers.getItems().size());
        Screenshots.write(history.getScene(), Screenshots.docsFile("export-history.png"));
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    /// The cells of a CSV line; cells holding commas come quoted.
    private static String[] cells(String line) {
        return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    }

    private static void assertShare(int percent, Integer count, int rows) {
        double share = 100.0 * (count == null ? 0 : count) / rows;
        assertTrue(Math.abs(share - percent) < 3, "share " + share + "% for " + percent + "% of " + rows);
    }
}
