package io.personae.app.workspace;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/// The project entries of the File menu.
public final class WorkspaceView {

    public static final String NEW = "New Project…";
    public static final String OPEN = "Open…";
    public static final String OPEN_RECENT = "Open Recent";
    public static final String SAVE_AS = "Save As…";

    private final List<MenuItem> menuItems;

    public WorkspaceView(WorkspaceViewModel viewModel) {
        MenuItem create = new MenuItem(NEW);
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        create.setOnAction(event -> viewModel.newProject());

        MenuItem open = new MenuItem(OPEN);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> viewModel.open());

        Menu openRecent = new Menu(OPEN_RECENT);
        fillRecent(openRecent, viewModel);
        viewModel.recentProjects().addListener((ListChangeListener<Path>) change -> fillRecent(openRecent, viewModel));

        MenuItem saveAs = new MenuItem(SAVE_AS);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.disableProperty().bind(viewModel.projectOpenProperty().not());
        saveAs.setOnAction(event -> viewModel.saveAs());

        menuItems = List.of(create, open, openRecent, saveAs);
    }

    /// New, Open, Open Recent ▸ and Save As, in menu order.
    public List<MenuItem> menuItems() {
        return menuItems;
    }

    private static void fillRecent(Menu menu, WorkspaceViewModel viewModel) {
        menu.getItems().clear();
        for (Path project : viewModel.recentProjects()) {
            MenuItem item = new MenuItem(project.getFileName() + "  —  " + project.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.open(project));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }
}
