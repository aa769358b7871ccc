package io.personae.app.importing;

import io.personae.analytics.importer.ColumnQuality;
import io.personae.app.common.Formats;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
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

/// The data quality report window, the View ▸ Data quality report entry and the status bar's
/// button that offers the report after an import.
public final class QualityView {

    public static final String COLUMNS_ID = "quality-columns";
    public static final String REJECTIONS_ID = "quality-rejections";
    public static final String FIGURES_ID = "quality-figures";
    public static final String OFFER_TEXT = "Data quality…";

    private final QualityViewModel viewModel;
    private final Stage stage = new Stage();
    private final MenuItem menuItem = new MenuItem(QualityViewModel.MENU_TEXT);
    private final Button offer = new Button(OFFER_TEXT);

    public QualityView(QualityViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        menuItem.setOnAction(event -> viewModel.show());
        menuItem.disableProperty().bind(viewModel.availableProperty().not());
        offer.getStyleClass().add(Styles.SMALL_BUTTON);
        offer.visibleProperty().bind(viewModel.availableProperty());
        offer.managedProperty().bind(viewModel.availableProperty());
        offer.setOnAction(event -> viewModel.show());

        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION);
        title.textProperty().bind(viewModel.titleProperty());
        Label figures = new Label();
        figures.setId(FIGURES_ID);
        figures.setWrapText(true);
        figures.textProperty().bind(viewModel.figuresProperty());

        TableView<ColumnQuality> columns = columnTable();
        VBox.setVgrow(columns, Priority.ALWAYS);

        HBox lists = new HBox(16, list("Rows left out", viewModel.rejections(), REJECTIONS_ID, 1),
                list("Cleaning done", viewModel.steps(), null, 1), list("Notes", viewModel.notes(), null, 1));
        lists.setPrefHeight(210);
        lists.setMinHeight(Region.USE_PREF_SIZE);

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(event -> viewModel.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(title, figures, section("Columns"), columns, lists, buttons);
        root.getStyleClass().addAll(Styles.DIALOG, Styles.QUALITY_REPORT);
        Scene scene = new Scene(root, 1120, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.titleProperty());
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

    /// View ▸ Data quality report
    public MenuItem menuItem() {
        return menuItem;
    }

    /// The status bar's button offering the report once there is imported data.
    public Button offerButton() {
        return offer;
    }

    private TableView<ColumnQuality> columnTable() {
        TableView<ColumnQuality> table = new TableView<>(viewModel.columns());
        table.setId(COLUMNS_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Column", 190, ColumnQuality::name));
        table.getColumns().add(column("Type", 80, ColumnQuality::type));
        table.getColumns().add(column("Missing", 90, c -> Formats.percent(c.missingShare())));
        table.getColumns().add(column("Distinct", 100, c -> (c.distinctCapped() ? "over " : "") + Formats.count(c.distinct())));
        table.getColumns().add(column("Min", 140, c -> c.min() == null ? "" : c.min()));
        table.getColumns().add(column("Max", 140, c -> c.max() == null ? "" : c.max()));
        table.getColumns().add(column("Outliers", 90, c -> Formats.count(c.outliers())));
        table.getColumns().add(column("Invalid emails", 120, c -> c.invalidEmails() == 0 ? "" : Formats.count(c.invalidEmails())));
        return table;
    }

    private static TableColumn<ColumnQuality, String> column(String name, double width, Function<ColumnQuality, String> value) {
        TableColumn<ColumnQuality, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static VBox list(String name, ObservableList<String> items, String id, int grow) {
        ListView<String> list = new ListView<>(items);
        // decision: wrapped lines, since steps and notes are sentences longer than a third of the window
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        if (id != null) {
            list.setId(id);
        }
        Label label = section(name);
        label.setLabelFor(list);
        VBox box = new VBox(4, label, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(grow * 300);
        return box;
    }

    private static Label section(String name) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.SECTION);
        return label;
    }
}
