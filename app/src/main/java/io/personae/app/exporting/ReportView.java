package io.personae.app.exporting;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/// The File ▸ Persona report… menu entry; the questions it asks are file choosers.
public final class ReportView {

    public static final String MENU_TEXT = "Persona report…";

    private final MenuItem menuItem = new MenuItem(MENU_TEXT);

    public ReportView(ReportViewModel viewModel) {
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        menuItem.disableProperty().bind(viewModel.availableProperty().not());
        menuItem.setOnAction(event -> viewModel.begin());
    }

    public MenuItem menuItem() {
        return menuItem;
    }
}
