package io.personae.app.importing;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.TablePreview;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The import dialog (a window of its own, shown while the view model says so) and the
/// File ▸ Import… menu entry.
public final class ImportView {

    public static final String MENU_TEXT = "Import…";
    public static final String IMPORT_BUTTON_ID = "import-confirm";
    public static final String GUESSED_TAB = "What Personae guessed";
    public static final String ROLES_TAB = "Column roles";
    public static final String CLEANING_TAB = "Cleaning";
    public static final String TYPES_TAB = "Column types";
    public static final String CHECK_ID = "import-check";

    private final ImportViewModel viewModel;
    private final Stage stage = new Stage();
    private final TableView<List<String>> grid = new TableView<>();
    private final MenuItem menuItem = new MenuItem(MENU_TEXT);

    public ImportView(ImportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        menuItem.setOnAction(event -> viewModel.begin());

        Tab guessed = new Tab(GUESSED_TAB, FormatPane.build(viewModel));
        Tab roles = new Tab(ROLES_TAB, new VBox(12, kindChoice(), roles()));
        Tab cleaning = new Tab(CLEANING_TAB, CleaningPane.build(viewModel.cleaningChoices()));
        Tab types = new Tab(TYPES_TAB, ColumnTypesPane.build(viewModel.columnTypes()));
        TabPane settings = new TabPane(guessed, roles, types, cleaning);
        settings.getStyleClass().add(Styles.IMPORT_SETTINGS);
        settings.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        settings.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(header(), settings, previewSection(), footer());
        root.getStyleClass().add(Styles.DIALOG);
        // decision: fits a 1280x800 laptop screen with the window's frame and the taskbar
        Scene scene = new Scene(root, 1180, 740);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(viewModel.fileNameProperty().map(name -> "Import " + name));
        stage.setOnCloseRequest(event -> viewModel.close());
        viewModel.showingProperty().subscribe(showing -> {
            if (showing) {
                stage.show();
            } else {
                stage.hide();
            }
        });
        viewModel.previewProperty().subscribe(this::showPreview);
    }

    /// File ▸ Import…
    public MenuItem menuItem() {
        return menuItem;
    }

    private VBox header() {
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION);
        title.textProperty().bind(viewModel.fileNameProperty());
        Label format = new Label();
        format.getStyleClass().add(Styles.SUBTLE);
        format.textProperty().bind(viewModel.formatProperty().map(text -> text.isEmpty() ? "" : "Detected: " + text));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(22, 22);
        reading.visibleProperty().bind(viewModel.loadingProperty());
        HBox formatLine = new HBox(10, format, reading);
        formatLine.setAlignment(Pos.CENTER_LEFT);
        Label readError = new Label();
        readError.getStyleClass().add(Styles.VALIDATION);
        readError.setWrapText(true);
        readError.textProperty().bind(viewModel.readErrorProperty());
        readError.managedProperty().bind(readError.textProperty().isNotEmpty());
        return new VBox(4, title, formatLine, readError);
    }

    private HBox kindChoice() {
        List<RadioButton> kinds = ChoiceBoxes.radios(viewModel.roles().kindProperty(),
                DataKind.TRANSACTIONS, "Transactions (one row per order)", DataKind.CUSTOMERS, "One row per customer");
        Label label = new Label("The file holds");
        label.getStyleClass().add(Styles.FORM_LABEL);
        HBox line = new HBox(18, label, kinds.get(0), kinds.get(1));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private HBox roles() {
        RoleChoices roles = viewModel.roles();
        GridPane contact = form();
        addRole(contact, 0, "Customer id", roles.columns(), roles.customerIdProperty());
        addRole(contact, 1, "Email", roles.optionalColumns(), roles.emailProperty());
        addRole(contact, 2, "First name", roles.optionalColumns(), roles.firstNameProperty());
        addRole(contact, 3, "Last name", roles.optionalColumns(), roles.lastNameProperty());

        GridPane orders = form();
        addRole(orders, 0, "Order date", roles.columns(), roles.orderDateProperty());
        orders.add(amountSource(), 0, 1, 2, 1);
        Node[] amount = addRole(orders, 2, "Order amount", roles.columns(), roles.amountProperty());
        Node[] quantity = addRole(orders, 3, "Quantity", roles.optionalColumns(), roles.quantityProperty());
        Node[] price = addRole(orders, 4, "Unit price", roles.optionalColumns(), roles.unitPriceProperty());
        addRole(orders, 5, "Invoice", roles.optionalColumns(), roles.invoiceProperty());
        orders.add(cancellations(), 0, 6, 2, 1);
        BooleanBinding lines = roles.amountSourceProperty().isEqualTo(ImportViewModel.AmountSource.QUANTITY_TIMES_PRICE);
        for (Node node : amount) {
            node.visibleProperty().bind(lines.not());
            node.managedProperty().bind(lines.not());
        }
        for (Node node : List.of(quantity[0], quantity[1], price[0], price[1])) {
            node.visibleProperty().bind(lines);
            node.managedProperty().bind(lines);
        }

        Label featuresLabel = new Label("Numeric columns to segment on");
        featuresLabel.getStyleClass().add(Styles.FORM_LABEL);
        ListView<String> features = new ListView<>(roles.numericColumns());
        features.setCellFactory(CheckBoxListCell.forListView(roles::featureProperty));
        features.setPrefSize(320, 150);
        VBox featureBox = new VBox(6, featuresLabel, features);

        StackPane kindSpecific = new StackPane(orders, featureBox);
        kindSpecific.setAlignment(Pos.TOP_LEFT);
        roles.kindProperty().subscribe(kind -> {
            orders.setVisible(kind != DataKind.CUSTOMERS);
            featureBox.setVisible(kind == DataKind.CUSTOMERS);
        });
        Label categoriesLabel = new Label("Category columns");
        categoriesLabel.getStyleClass().add(Styles.FORM_LABEL);
        ListView<String> categories = new ListView<>(roles.categoryColumns());
        categories.setCellFactory(CheckBoxListCell.forListView(roles::categoryProperty));
        categories.setPrefSize(240, 150);
        categoriesLabel.setLabelFor(categories);
        VBox categoryBox = new VBox(6, categoriesLabel, categories);
        return new HBox(24, contact, kindSpecific, categoryBox);
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        return form;
    }

    private HBox amountSource() {
        List<RadioButton> sources = ChoiceBoxes.radios(viewModel.roles().amountSourceProperty(),
                ImportViewModel.AmountSource.AMOUNT_COLUMN, "Amount column",
                ImportViewModel.AmountSource.QUANTITY_TIMES_PRICE, "Quantity × unit price");
        HBox line = new HBox(14, sources.get(0), sources.get(1));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private VBox cancellations() {
        List<RadioButton> choices = ChoiceBoxes.radios(viewModel.roles().cancellationsProperty(),
                Cancellations.NET, "Net against the customer", Cancellations.EXCLUDE, "Leave out");
        Label label = new Label("Cancellations and returns");
        label.getStyleClass().add(Styles.FORM_LABEL);
        return new VBox(4, label, new HBox(14, choices.get(0), choices.get(1)));
    }

    private static Node[] addRole(GridPane form, int row, String name, ObservableList<String> choices, StringProperty role) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FORM_LABEL);
        ComboBox<String> box = new ComboBox<>(choices);
        box.setPromptText("Choose a column");
        box.setPrefWidth(220);
        box.valueProperty().bindBidirectional(role);
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, row);
        form.add(box, 1, row);
        return new Node[] {label, box};
    }

    private VBox previewSection() {
        Label title = new Label("Preview (first " + ImportViewModel.PREVIEW_ROWS + " rows, as read)");
        title.getStyleClass().add(Styles.SECTION);
        grid.setPlaceholder(new Label("Reading the file…"));
        grid.setMinHeight(160);
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox section = new VBox(6, title, grid);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    private VBox footer() {
        Label validation = new Label();
        validation.getStyleClass().add(Styles.VALIDATION);
        validation.setWrapText(true);
        validation.textProperty().bind(viewModel.validationProperty());
        validation.managedProperty().bind(validation.textProperty().isNotEmpty());
        Label figures = new Label();
        figures.setId(CHECK_ID);
        figures.setWrapText(true);
        figures.textProperty().bind(viewModel.check().figuresProperty());
        Label notes = new Label();
        notes.getStyleClass().add(Styles.SUBTLE);
        notes.setWrapText(true);
        notes.textProperty().bind(viewModel.check().notesProperty());
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> viewModel.close());
        Button importButton = new Button("Import");
        importButton.setId(IMPORT_BUTTON_ID);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(event -> viewModel.importNow());
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(cancel, importButton);
        HBox bottom = new HBox(16, figures, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(figures, Priority.ALWAYS);
        figures.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, notes, validation, bottom);
    }

    private void showPreview(TablePreview preview) {
        grid.getColumns().clear();
        grid.getItems().clear();
        if (preview == null) {
            return;
        }
        List<String> headers = preview.headers();
        for (int c = 0; c < headers.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(c));
            column.setSortable(false);
            column.setPrefWidth(Math.max(110, Math.min(240, headers.get(c).length() * 11 + 30)));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            grid.getColumns().add(column);
        }
        grid.getItems().setAll(preview.rows());
    }
}
