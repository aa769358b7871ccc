package io.personae.app.importing;

import io.personae.analytics.importer.ColumnType;
import io.personae.app.common.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The "Column types" part of the import dialog: a type for each column of the file, starting
/// on "as the values say", for the columns the guess reads wrong (a postcode taken for a
/// number, a 1/2 code that is a category, a column to leave out), and for text and category
/// columns whether `NA` is a real value there (North America) rather than missing.
final class ColumnTypesPane {

    /// Id of the type choice of column `i` (0-based), for tests: `import-type-0`...
    static final String TYPE_ID_PREFIX = "import-type-";
    /// Id of the keep-NA check of column `i` (0-based), for tests: `import-keep-na-0`...
    static final String KEEP_NA_ID_PREFIX = "import-keep-na-";

    private static final Map<Optional<ColumnType>, String> WORDS = words();

    private ColumnTypesPane() {
    }

    static Node build(ColumnTypes types) {
        FlowPane fields = new FlowPane(18, 8);
        types.columns().addListener((ListChangeListener<String>) change -> fill(fields, types));
        fill(fields, types);
        Label hint = new Label("Set a type where the guess reads a column wrong. An ignored column is left out of the import;"
                + " yes/no reads Yes/No, Y/N, true/false and 1/0. NA, N/A and - are missing values unless you keep NA as a value"
                + " in a text or category column (NA for North America); blank cells are always missing.");
        hint.getStyleClass().add(Styles.SUBTLE);
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        return new VBox(8, hint, scroll);
    }

    private static void fill(FlowPane fields, ColumnTypes types) {
        fields.getChildren().clear();
        for (int i = 0; i < types.columns().size(); i++) {
            String column = types.columns().get(i);
            Label name = new Label(column);
            name.getStyleClass().add(Styles.FORM_LABEL);
            ComboBox<Optional<ColumnType>> choice = ChoiceBoxes.of(WORDS, types.typeProperty(column));
            choice.setId(TYPE_ID_PREFIX + i);
            name.setLabelFor(choice);
            CheckBox keep = new CheckBox("Keep NA as a value");
            keep.setId(KEEP_NA_ID_PREFIX + i);
            keep.selectedProperty().bindBidirectional(types.keepMarkersProperty(column));
            ObjectProperty<Optional<ColumnType>> type = types.typeProperty(column);
            keep.disableProperty().bind(Bindings.createBooleanBinding(() -> !ColumnTypes.canKeepMarkers(type.get()), type));
            HBox field = new HBox(6, name, choice, keep);
            field.setAlignment(Pos.CENTER_LEFT);
            fields.getChildren().add(field);
        }
    }

    private static Map<Optional<ColumnType>, String> words() {
        Map<Optional<ColumnType>, String> words = new LinkedHashMap<>();
        words.put(Optional.empty(), "As the values say");
        words.put(Optional.of(ColumnType.INTEGER), "Integer");
        words.put(Optional.of(ColumnType.DECIMAL), "Decimal number");
        words.put(Optional.of(ColumnType.TEXT), "Text");
        words.put(Optional.of(ColumnType.CATEGORY), "Category");
        words.put(Optional.of(ColumnType.DATE), "Date");
        words.put(Optional.of(ColumnType.DATE_TIME), "Date and time");
        words.put(Optional.of(ColumnType.BOOLEAN), "Yes/No");
        words.put(Optional.of(ColumnType.IGNORE), "Ignore");
        return words;
    }
}
