package io.personae.app.exporting;

import io.personae.app.common.Palette;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
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
import javafx.util.StringConverter;

/// The export dialog and the File ▸ Export… menu entry: segments and extra columns on the left;
/// preset, header, test groups and the check on the right.
public final class ExportView {

    public static final String MENU_TEXT = "Export…";
    public static final String EXPORT_BUTTON_ID = "export-confirm";
    public static final String PRESET_ID = "export-preset";
    public static final String CHECK_BUTTON_ID = "export-check";
    public static final String CHECK_SUMMARY_ID = "export-check-summary";
    public static final String SAVE_EXCLUDED_ID = "export-save-excluded";
    public static final String SAVE_EXCLUDED_TEXT = "Save excluded list…";
    public static final String HEADER_ID = "export-header";
    public static final String GROUPS_TOGGLE_ID = GroupsView.TOGGLE_ID;

    private final ExportViewModel viewModel;
    private final Stage stage = new Stage();
    private final VBox list = new VBox(8);
    private final MenuItem menuItem = new MenuItem(MENU_TEXT);

    public ExportView(ExportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        menuItem.disableProperty().bind(viewModel.availableProperty().not());
        menuItem.setOnAction(event -> viewModel.begin());

        Label title = new Label("Export a campaign list");
        title.getStyleClass().add(Styles.SECTION);
        HBox body = new HBox(20, leftColumn(), rightColumn());
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(title, body, new Separator(), footer());
        root.getStyleClass().add(Styles.DIALOG);
        Scene scene = new Scene(root, 1120, 740);
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

    private Node leftColumn() {
        ScrollPane segments = new ScrollPane(list);
        segments.setFitToWidth(true);
        VBox.setVgrow(segments, Priority.ALWAYS);
        ListView<ColumnChoice> columns = new ListView<>(viewModel.preset().columns());
        columns.setCellFactory(CheckBoxListCell.forListView(ColumnChoice::selected,
                new StringConverter<>() {
                    @Override
                    public String toString(ColumnChoice choice) {
                        return choice == null ? "" : choice.name();
                    }

                    @Override
                    public ColumnChoice fromString(String text) {
                        throw new UnsupportedOperationException("columns are only shown");
                    }
                }));
        columns.setPrefHeight(180);
        columns.setPlaceholder(new Label("The customers have no features to add."));
        VBox column = new VBox(8, section("Segments"), segments, section("Extra columns"), subtle(
                "Features and categories to add after the preset's columns."), columns);
        column.setPrefWidth(400);
        column.setMinWidth(320);
        return column;
    }

    private Node rightColumn() {
        PresetViewModel preset = viewModel.preset();
        ComboBox<PresetChoice> presets = new ComboBox<>(preset.presets());
        presets.setId(PRESET_ID);
        presets.valueProperty().bindBidirectional(preset.chosenProperty());
        presets.setPrefWidth(260);
        Label description = subtle("");
        description.textProperty().bind(preset.descriptionProperty());
        Label header = new Label();
        header.setId(HEADER_ID);
        header.getStyleClass().add(Styles.HEADER_PREVIEW);
        header.setWrapText(true);
        header.textProperty().bind(viewModel.headerPreviewProperty());
        CheckBox bom = new CheckBox("Start the file with a byte order mark (older Excel then shows accents right)");
        bom.selectedProperty().bindBidirectional(preset.bomProperty());

        VBox column = new VBox(8, section("Preset"), presets, description, formLabel("Header of the file"), header, bom,
                new Separator(), section("Test groups"), GroupsView.build(viewModel.groups()), new Separator(), checkPane());
        HBox.setHgrow(column, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /// "Check" with its summary: who is written, who is left out per reason, the groups' sizes.
    private Node checkPane() {
        Button check = new Button("Check");
        check.setId(CHECK_BUTTON_ID);
        check.disableProperty().bind(viewModel.canExportProperty().not());
        check.setOnAction(event -> viewModel.check());
        check.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(viewModel.checkingProperty());
        Label what = subtle("Who will be written and who is left out, and why, before anything is written.");
        HBox row = new HBox(10, check, busy, what);
        row.setAlignment(Pos.CENTER_LEFT);

        VBox summary = new VBox(4);
        summary.setId(CHECK_SUMMARY_ID);
        summary.getStyleClass().add(Styles.CHECK_SUMMARY);
        viewModel.checkSummary().subscribe(() -> summary.getChildren().setAll(
                viewModel.checkSummary().stream().map(ExportView::wrapped).toList()));
        summary.visibleProperty().bind(Bindings.isNotEmpty(viewModel.checkSummary()));
        summary.managedProperty().bind(summary.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.VALIDATION);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.checkProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Button saveNow = new Button(SAVE_EXCLUDED_TEXT);
        saveNow.setId(SAVE_EXCLUDED_ID);
        saveNow.disableProperty().bind(viewModel.canSaveExcludedProperty().not());
        saveNow.setOnAction(event -> viewModel.saveExcludedList());
        saveNow.setMinWidth(Region.USE_PREF_SIZE);
        Button withExport = new Button("Also save it with the export…");
        withExport.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.checkedProperty().get() == null
                || viewModel.checkedProperty().get().validation().excluded().isEmpty(), viewModel.checkedProperty()));
        withExport.setOnAction(event -> viewModel.chooseExcludedFile());
        withExport.setMinWidth(Region.USE_PREF_SIZE);
        Label note = subtle("");
        note.textProperty().bind(viewModel.excludedNoteProperty());
        HBox excluded = new HBox(10, saveNow, withExport, note);
        excluded.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, row, summary, problem, excluded);
    }

    private Node footer() {
        PresetViewModel preset = viewModel.preset();
        Label nameLabel = formLabel("Save these choices as");
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField name = new TextField();
        name.setPromptText("a preset name, e.g. Klaviyo with spend");
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(preset.newNameProperty());
        Button save = new Button("Save as preset");
        save.disableProperty().bind(preset.newNameProperty().isEmpty());
        save.setOnAction(event -> preset.saveAsPreset());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label message = subtle("");
        message.textProperty().bind(preset.saveMessageProperty());
        message.setMaxWidth(300);

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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, nameLabel, name, save, message, gap, buttons);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
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
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        HBox row = new HBox(10, swatch, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION);
        return label;
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }

    private static Label subtle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SUBTLE);
        label.setWrapText(true);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
