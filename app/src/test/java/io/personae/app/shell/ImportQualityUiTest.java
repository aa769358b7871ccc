package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.importing.ImportView;
import io.personae.app.importing.OnlineRetail;
import io.personae.app.importing.QualityView;
import io.personae.app.importing.QualityViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The import dialog's guesses and overrides and the data quality report, in the real window.
@ExtendWith(ApplicationExtension.class)
class ImportQualityUiTest {

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();

    @Start
    void start(Stage stage) {
        window.open(stage, window.folder().resolve("quality.mv.db"));
    }

    @Test
    void givenASemicolonFileWithDecimalCommas_whenImported_thenTheGuessesAreShownAndTheQualityReportListsItsFigures(FxRobot robot)
            throws Exception {
        Path file = window.folder().resolve("semicolon-orders.csv");
        try (InputStream in = ImportView.class.getResourceAsStream("/io/personae/app/importing/semicolon-orders.csv")) {
            Files.copy(in, file);
        }
        dialogs.willOpen(file);
        window.waitUntilOpenAndIdle();

        robot.clickOn("File").clickOn(ImportView.MENU_TEXT);
        UiWait.until("the whole file is checked", () -> checkText(robot).startsWith("Whole file: 13 rows"),
                () -> "(check: " + checkText(robot) + ")");
        assertTrue(robot.lookup("Decimal comma: 1.234,56 reads as 1234.56 (found with the semicolons)").tryQuery().isPresent());
        assertTrue(robot.lookup(node -> node instanceof Label label && label.getText().contains("read day-first")).tryQuery().isPresent());
        Screenshots.write(robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).query().getScene(), Screenshots.docsFile("import-guessed.png"));
        robot.clickOn(ImportView.ROLES_TAB);
        Screenshots.write(robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).query().getScene(), Screenshots.buildFile("import-roles.png"));
        robot.clickOn("#" + ImportView.IMPORT_BUTTON_ID);
        UiWait.until("the import is done", () -> customerCount(robot).equals("10 customers"));

        robot.clickOn(QualityView.OFFER_TEXT);
        UiWait.until("the quality report is shown", () -> figures(robot).startsWith("13 rows read"));
        assertTrue(rejections(robot).getItems().contains("No row was left out."), rejections(robot).getItems().toString());
        Screenshots.write(robot.lookup("#" + QualityView.COLUMNS_ID).query().getScene(), Screenshots.docsFile("quality-report.png"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void givenTheOnlineRetailWorkbook_whenTheFirstSheetIsPickedWithTheOtherAppended_thenBothSheetsAreImportedAndReported(FxRobot robot)
            throws Exception {
        dialogs.willOpen(OnlineRetail.file());
        window.waitUntilOpenAndIdle();

        robot.clickOn("File").clickOn(ImportView.MENU_TEXT);
        UiWait.until("the first sheet is checked", () -> checkText(robot).startsWith("Whole file: 499 rows"),
                () -> "(check: " + checkText(robot) + ")");
        robot.clickOn("#import-sheet").clickOn("Year 2009-2010");
        robot.clickOn("#import-append-sheets");
        UiWait.until("both sheets are checked", () -> checkText(robot).startsWith("Whole file: 998 rows"),
                () -> "(check: " + checkText(robot) + ")");
        Screenshots.write(robot.lookup("#" + ImportView.IMPORT_BUTTON_ID).query().getScene(), Screenshots.buildFile("import-workbook.png"));
        robot.clickOn("#" + ImportView.IMPORT_BUTTON_ID);
        UiWait.until("the import is done", () -> customerCount(robot).equals("52 customers"));

        robot.clickOn("View").clickOn(QualityViewModel.MENU_TEXT);
        UiWait.until("the quality report is shown", () -> figures(robot).startsWith("998 rows read"));
        assertTrue(rejections(robot).getItems().stream().anyMatch(line -> line.startsWith("4 rows: ")), rejections(robot).getItems().toString());
        assertTrue(robot.lookup(node -> node instanceof Label label && label.getText().contains("online_retail_II.xlsx")).tryQuery().isPresent());
        Screenshots.write(robot.lookup("#" + QualityView.COLUMNS_ID).query().getScene(), Screenshots.buildFile("quality-workbook.png"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    private static String checkText(FxRobot robot) {
        return robot.lookup("#" + ImportView.CHECK_ID).queryAs(Label.class).getText();
    }

    private static String customerCount(FxRobot robot) {
        return robot.lookup("." + Styles.CUSTOMER_COUNT).queryAs(Label.class).getText();
    }

    private static String figures(FxRobot robot) {
        return robot.lookup("#" + QualityView.FIGURES_ID).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> rejections(FxRobot robot) {
        return robot.lookup("#" + QualityView.REJECTIONS_ID).queryAs(ListView.class);
    }
}
