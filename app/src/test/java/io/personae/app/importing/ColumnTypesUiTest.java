package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.project.Project;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The "Column types" tab of the real import dialog: a type picked for a column reloads the
/// preview grid with it, and "Keep NA as a value" keeps NA in that column until the column is
/// typed as numbers.
@ExtendWith(ApplicationExtension.class)
class ColumnTypesUiTest {

    @TempDir
    Path folder;

    private Project project;
    private ImportViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        project = Project.open(folder.resolve("types.mv.db"));
        Session session = new Session();
        session.show(project);
        viewModel = new ImportViewModel(session, new DirectTaskRunner(), new FakeDialogService(), action -> action.accept(project));
        new ImportView(viewModel, stage);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void givenTheColumnTypesTab_whenANoteIsIgnoredAndAFlagReadAsYesNo_thenThePreviewGridShowsIt(FxRobot robot) throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, ColumnTypesChoicesTest.CUSTOMERS);
        robot.interact(() -> viewModel.load(file));

        robot.clickOn(ImportView.TYPES_TAB);
        robot.clickOn("#" + ColumnTypesPane.TYPE_ID_PREFIX + 5).clickOn("Ignore");
        robot.clickOn("#" + ColumnTypesPane.TYPE_ID_PREFIX + 3).clickOn("Yes/No");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> grid = robot.lookup(node -> node instanceof TableView<?>).queryAs(TableView.class);
        assertEquals(List.of("id", "branch", "gender", "member", "spend"),
                grid.getColumns().stream().map(column -> column.getText()).toList());
        assertEquals("Yes", grid.getColumns().get(3).getCellData(2));
        assertEquals(ColumnType.IGNORE, viewModel.options().columnTypes().get("note"));
        assertTrue(viewModel.options().categoryColumns().contains("member"), viewModel.options().toString());
    }

    @Test
    void givenTheColumnTypesTab_whenKeepNaIsTickedForRegion_thenTheMappingKeepsItAndAnIntegerTypeDisablesIt(FxRobot robot)
            throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, KeepNaChoicesTest.CUSTOMERS);
        robot.interact(() -> viewModel.load(file));

        robot.clickOn(ImportView.TYPES_TAB);
        robot.clickOn("#" + ColumnTypesPane.KEEP_NA_ID_PREFIX + 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Region"), viewModel.columnTypes().keptMarkers());
        robot.clickOn("#" + ColumnTypesPane.TYPE_ID_PREFIX + 1).clickOn("Integer");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox keep = robot.lookup("#" + ColumnTypesPane.KEEP_NA_ID_PREFIX + 1).queryAs(CheckBox.class);
        assertTrue(keep.isDisabled());
        assertEquals(List.of(), viewModel.columnTypes().keptMarkers());
    }
}
