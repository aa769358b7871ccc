package io.personae.app.exporting;

import io.personae.app.common.Palette;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The export dialog (segments to include) and the File ▸ Export… menu entry.
public final class ExportView {

    public static final String MENU_TEXT = "Export…";
    public static final String EXPORT_BUTTON_ID = "export-confirm";

    private final ExportViewModel viewModel;
    private final Stage stage = new Stage();
    private final VBox list = new VBox(8);
    private final MenuItem menuItem = new MenuItem(MENU_TEXT);

    public ExportView(ExportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        menuItem.disableProperty().bind(viewModel.availableProperty().not());
        menuItem.setOnAction(event -> viewModel.begin());

        Label title = new Label("Customers of which segments?");
        title.getStyleClass().add(Styles.SECTION);
        Label hint = new Label("The CSV file has the columns Email Address, First Name, Last Name and Segment, "
                + "which email tools such as Mailchimp and Klaviyo recognise.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.SUBTLE);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> viewModel.close());
        Button export = new Button("Export…");
        export.setId(EXPORT_BUTTON_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(event -> viewModel.exportNow());
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(cancel, export);

        VBox root = new VBox(title, scroll, hint, buttons);
        root.getStyleClass().add(Styles.DIALOG);
        Scene scene = new Scene(root, 560, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Export segments");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> viewModel.close());

        viewModel.choices().addListener((ListChangeListener<SegmentChoice>) change -> {
            boolean replaced = false;
            while (change.next()) {
                // a tick is an update of a row, not a new list: rebuilding would drop the focus
                replaced |= !change.wasUpdated();
            }
            if (replaced) {
                showChoices();
            }
        });
        viewModel.showingProperty().subscribe(showing -> {
            if (showing) {
                stage.show();
            } else {
                stage.hide();
            }
        });
    }

    /// File ▸ Export…
    public MenuItem menuItem() {
        return menuItem;
    }

    private void showChoices() {
        list.getChildren().setAll(viewModel.choices().stream().map(ExportView::row).toList());
    }

    private static HBox row(SegmentChoice choice) {
        Region swatch = new Region();
        swatch.getStyleClass().add(Styles.SWATCH);
        swatch.setStyle("-fx-background-color: " + Palette.hex(choice.colour()) + ";");
        CheckBox box = new CheckBox(choice.label());
        box.selectedProperty().bindBidirectional(choice.selected());
        HBox row = new HBox(10, swatch, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
