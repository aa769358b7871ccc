package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.project.Project;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
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

/// The "Keep NA as a value" check of the "Column types" tab in the real dialog: ticked, it keeps
/// NA in that column; it is disabled once the column is typed as numbers.
@ExtendWith(ApplicationExtension.class)
class KeepNaUiTest {

    @TempDir
    Path folder;

    private Project project;
    private ImportViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        project = Project.open(folder.resolve("keep.mv.db"));
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
