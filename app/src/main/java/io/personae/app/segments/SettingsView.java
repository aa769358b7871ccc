package io.personae.app.segments;

import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.Scaling;
import io.personae.app.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/// The segmentation settings form: method, features with their scaling, categories, gaps, the
/// RFM cut points, and Apply.
final class SettingsView {

    static final String METHOD_ID = "settings-method";
    static final String APPLY_ID = "settings-apply";
    static final String VALIDATION_ID = "settings-validation";

    private final SettingsViewModel viewModel;
    private final VBox root;
    private final GridPane featureGrid = grid();
    private final VBox categoryList = new VBox(4);

    SettingsView(SettingsViewModel viewModel, Runnable apply) {
        this.viewModel = viewModel;
        ComboBox<Method> method = choice(List.of(Method.values()), Method::label);
        method.setId(METHOD_ID);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<MissingValues> missing = choice(List.of(MissingValues.values()), MissingValues::label);
        missing.valueProperty().bindBidirectional(viewModel.missingProperty());

        VBox numeric = new VBox(6, section("Features"), featureGrid, section("Categories"), categoryList);
        numeric.disableProperty().bind(viewModel.rfmProperty());
        numeric.visibleProperty().bind(viewModel.rfmProperty().not());
        numeric.managedProperty().bind(numeric.visibleProperty());
        Node cutPoints = cutPoints();
        cutPoints.visibleProperty().bind(viewModel.rfmProperty());
        cutPoints.managedProperty().bind(cutPoints.visibleProperty());

        Label validation = new Label();
        validation.setId(VALIDATION_ID);
        validation.getStyleClass().add(Styles.VALIDATION);
        validation.setWrapText(true);
        validation.textProperty().bind(viewModel.validationProperty());
        validation.managedProperty().bind(viewModel.validationProperty().isNotEmpty());
        Button applyButton = new Button("Apply");
        applyButton.setId(APPLY_ID);
        applyButton.setOnAction(event -> apply.run());

        root = new VBox(8, labelled("Method", method), numeric, cutPoints, labelled("Missing values", missing), validation, applyButton);
        viewModel.features().addListener((ListChangeListener<SettingsViewModel.FeatureRow>) change -> showFeatures());
        viewModel.categories().addListener((ListChangeListener<SettingsViewModel.CategoryRow>) change -> showCategories());
        showFeatures();
        showCategories();
    }

    VBox root() {
        return root;
    }

    private void showFeatures() {
        featureGrid.getChildren().clear();
        Label use = new Label("Use");
        Label scaling = new Label("Scaling");
        use.getStyleClass().add(Styles.FORM_LABEL);
        scaling.getStyleClass().add(Styles.FORM_LABEL);
        featureGrid.addRow(0, use, scaling);
        int row = 1;
        for (SettingsViewModel.FeatureRow feature : viewModel.features()) {
            CheckBox include = new CheckBox(feature.feature());
            include.selectedProperty().bindBidirectional(feature.included());
            ComboBox<Scaling> scale = choice(List.of(Scaling.values()), Scaling::label);
            scale.valueProperty().bindBidirectional(feature.scaling());
            scale.disableProperty().bind(feature.included().not());
            scale.setAccessibleText("Scaling of " + feature.feature());
            scale.setMinWidth(140);
            include.setTooltip(new Tooltip(feature.feature()));
            featureGrid.addRow(row++, include, scale);
        }
    }

    private void showCategories() {
        if (viewModel.categories().isEmpty()) {
            Label none = new Label("The data has no category columns.");
            none.getStyleClass().add(Styles.SUBTLE);
            categoryList.getChildren().setAll(none);
            return;
        }
        Label hint = new Label("Ticked categories join the segmentation (one-hot, or as they are for k-prototypes); "
                + "the others only describe the personas.");
        hint.getStyleClass().add(Styles.SUBTLE);
        hint.setWrapText(true);
        categoryList.getChildren().setAll(hint);
        for (SettingsViewModel.CategoryRow category : viewModel.categories()) {
            CheckBox include = new CheckBox(category.category());
            include.selectedProperty().bindBidirectional(category.included());
            categoryList.getChildren().add(include);
        }
    }

    private VBox cutPoints() {
        GridPane grid = grid();
        grid.add(new Label(), 0, 0);
        for (int c = 0; c < SettingsViewModel.CUTS; c++) {
            Label boundary = new Label((c + 1) + " | " + (c + 2));
            boundary.getStyleClass().add(Styles.FORM_LABEL);
            grid.add(boundary, c + 1, 0);
        }
        for (int m = 0; m < SettingsViewModel.RFM_MEASURES.size(); m++) {
            Label measure = new Label(SettingsViewModel.RFM_MEASURES.get(m).split(" ")[0]);
            measure.setMinWidth(Region.USE_PREF_SIZE);
            measure.getStyleClass().add(Styles.FORM_LABEL);
            grid.add(measure, 0, m + 1);
            for (int c = 0; c < SettingsViewModel.CUTS; c++) {
                TextField cut = new TextField();
                cut.getStyleClass().add(Styles.CUT_POINT);
                cut.setId("cut-" + m + "-" + c);
                cut.setAccessibleText(SettingsViewModel.RFM_MEASURES.get(m) + ", cut point " + (c + 1));
                cut.textProperty().bindBidirectional(viewModel.cutPointProperty(m, c));
                GridPane.setHgrow(cut, Priority.ALWAYS);
                grid.add(cut, c + 1, m + 1);
            }
        }
        Label hint = new Label("Cut points between the scores 1 to 5 of recency (days), frequency (orders) and monetary "
                + "value, the data's quintiles to start with. Up to the first cut point scores 1 (for recency, fewer "
                + "days is better: 5). The groups come from "
                + "the recency and frequency scores, so the slider is off.");
        hint.getStyleClass().add(Styles.SUBTLE);
        hint.setWrapText(true);
        return new VBox(6, section("RFM cut points"), grid, hint);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.SETTINGS_GRID);
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION);
        return label;
    }

    private static HBox labelled(String text, ComboBox<?> box) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setLabelFor(box);
        label.setMinWidth(110);
        HBox line = new HBox(8, label, box);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static <T> ComboBox<T> choice(List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
