package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The export history window and its File ▸ Export history… entry: past exports above, who was
/// in the selected one below, and "Export again on current data".
public final class HistoryView {

    public static final String MENU_TEXT = "Export history…";
    public static final String EXPORTS_TABLE_ID = "export-history";
    public static final String CUSTOMERS_TABLE_ID = "export-history-customers";
    public static final String AGAIN_BUTTON_ID = "export-again";

    private final Stage stage = new Stage();
    private final MenuItem menuItem = new MenuItem(MENU_TEXT);

    public HistoryView(HistoryViewModel viewModel, Window owner) {
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        menuItem.disableProperty().bind(viewModel.availableProperty().not());
        menuItem.setOnAction(event -> viewModel.open());

        Label title = new Label("Export history");
        title.getStyleClass().add(Styles.SECTION);
        Label hint = new Label("Every list written from this project, newest first. Select one to see who was in it.");
        hint.getStyleClass().add(Styles.SUBTLE);

        TableView<HistoryRow> exports = new TableView<>(viewModel.exports());
        exports.setId(EXPORTS_TABLE_ID);
        exports.setPlaceholder(new Label("Nothing has been exported from this project yet."));
        exports.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exports.getColumns().setAll(List.of(column("When", 130, HistoryRow::when),
                column("Preset", 110, HistoryRow::preset), column("Segments", 110, HistoryRow::segments),
                column("Seed", 70, HistoryRow::seed), column("Shares", 80, HistoryRow::shares),
                column("File", 200, HistoryRow::file), column("Rows", 130, HistoryRow::rows)));
        exports.getSelectionModel().selectedItemProperty().subscribe(row -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().subscribe(row -> {
            if (exports.getSelectionModel().getSelectedItem() != row) {
                exports.getSelectionModel().select(row);
            }
        });

        Label count = new Label();
        count.textProperty().bind(viewModel.customerCountProperty());
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        TableView<ExportedCustomer> customers = new TableView<>(viewModel.customers());
        customers.setId(CUSTOMERS_TABLE_ID);
        customers.setPlaceholder(new Label("Select an export above."));
        customers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        customers.getColumns().setAll(List.of(column("Customer", 240, ExportedCustomer::id),
                column("Variant", 120, ExportedCustomer::variant)));
        VBox.setVgrow(customers, Priority.ALWAYS);
        VBox lower = new VBox(8, count, customers);

        SplitPane split = new SplitPane(exports, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button again = new Button("Export again on current data…");
        again.setId(AGAIN_BUTTON_ID);
        again.disableProperty().bind(viewModel.canExportAgainProperty().not());
        again.setOnAction(event -> viewModel.exportAgain());
        again.setMinWidth(Region.USE_PREF_SIZE);
        Label againHint = new Label("Same preset, segments, columns, shares and seed, on today's data.");
        againHint.getStyleClass().add(Styles.SUBTLE);
        againHint.setWrapText(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> viewModel.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, again, againHint, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(title, hint, split, buttons);
        root.getStyleClass().add(Styles.DIALOG);
        Scene scene = new Scene(root, 1000, 640);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Export history");
        stage.initOwner(owner);
        stage.setOnCloseRequest(event -> viewModel.close());
        viewModel.showingProperty().subscribe(showing -> {
            if (showing) {
                stage.show();
                stage.toFront();
            } else {
                stage.hide();
            }
        });
    }

    /// File ▸ Export history…
    public MenuItem menuItem() {
        return menuItem;
    }

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
