package io.personae.app.importing;

import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.FileFormat.DateOrder;
import io.personae.analytics.importer.FileFormat.Delimiter;
import io.personae.analytics.importer.FileFormat.Encoding;
import io.personae.analytics.importer.FileFormat.HeaderRow;
import io.personae.app.common.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.converter.IntegerStringConverter;

/// The "What Personae guessed" part of the import dialog: how the file is read, each part a
/// choice that starts on the guess and reloads the preview when changed.
final class FormatPane {

    static final String ENCODING_ID = "import-encoding";
    static final String DELIMITER_ID = "import-delimiter";
    static final String HEADER_ID = "import-header";
    static final String DATE_ORDER_ID = "import-date-order";
    static final String SHEET_ID = "import-sheet";
    static final String APPEND_ID = "import-append-sheets";
    static final String HEADER_ROW_ID = "import-header-row";

    private static final String FIND_HEADER = "Find it";

    private FormatPane() {
    }

    static Node build(ImportViewModel viewModel) {
        FormatChoices choices = viewModel.formatChoices();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);

        ComboBox<Encoding> encoding = ChoiceBoxes.of(words(Encoding.AUTO, "Guess (UTF-8, UTF-16, else Windows-1252 or DOS 850)",
                Encoding.UTF_8, "UTF-8 (with or without BOM)", Encoding.WINDOWS_1252, "Windows-1252 / ISO-8859-1 (Latin-1)",
                Encoding.UTF_16LE, "UTF-16 little-endian (Excel \"Unicode text\")", Encoding.UTF_16BE, "UTF-16 big-endian",
                Encoding.IBM850, "DOS Western Europe (code page 850)", Encoding.IBM437, "DOS United States (code page 437)"),
                choices.encodingProperty());
        ComboBox<Delimiter> delimiter = ChoiceBoxes.of(words(Delimiter.AUTO, "Guess", Delimiter.COMMA, "Comma ,",
                Delimiter.SEMICOLON, "Semicolon ;", Delimiter.TAB, "Tab", Delimiter.PIPE, "Pipe |",
                Delimiter.SPACES, "Spaces (aligned columns)"), choices.delimiterProperty());
        ComboBox<HeaderRow> header = ChoiceBoxes.of(words(HeaderRow.AUTO, "Guess", HeaderRow.FIRST_ROW, "First row is the header",
                HeaderRow.NONE, "No header: name the columns Column 1, 2…"), choices.headerProperty());
        ComboBox<DateOrder> dateOrder = ChoiceBoxes.of(words(DateOrder.AUTO, "Guess from the values",
                DateOrder.DAY_FIRST, "Day first (31/12/2024)", DateOrder.MONTH_FIRST, "Month first (12/31/2024)"),
                choices.dateOrderProperty());
        ComboBox<String> sheet = new ComboBox<>(choices.sheets());
        sheet.valueProperty().bindBidirectional(choices.sheetProperty());
        Spinner<Integer> headerRow = new Spinner<>(0, FileFormat.MAX_HEADER_ROW, 0);
        headerRow.setEditable(true);
        headerRow.setPrefWidth(110);
        headerRow.getValueFactory().setConverter(new IntegerStringConverter() {
            @Override
            public String toString(Integer row) {
                return row == null || row == 0 ? FIND_HEADER : super.toString(row);
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() || text.strip().equals(FIND_HEADER) ? 0 : super.fromString(text.strip());
            }
        });
        headerRow.getValueFactory().valueProperty().bindBidirectional(choices.headerRowProperty().asObject());
        headerRow.setId(HEADER_ROW_ID);
        Label headerRowHint = wrapped("\"" + FIND_HEADER + "\" takes the first row as wide as the table, under any title rows");
        CheckBox append = new CheckBox("Append the sheets after it that have the same columns");
        append.selectedProperty().bindBidirectional(choices.appendSheetsProperty());
        encoding.setId(ENCODING_ID);
        delimiter.setId(DELIMITER_ID);
        header.setId(HEADER_ID);
        dateOrder.setId(DATE_ORDER_ID);
        sheet.setId(SHEET_ID);
        append.setId(APPEND_ID);

        Label decimal = new Label();
        decimal.textProperty().bind(viewModel.decimalCommaProperty().map(comma -> comma
                ? "Decimal comma: 1.234,56 reads as 1234.56 (found with the semicolons)"
                : "Decimal point: 1,234.56 reads as 1234.56"));
        Label reason = wrapped(viewModel.check().dateOrderReasonProperty().getValue());
        reason.textProperty().bind(viewModel.check().dateOrderReasonProperty());

        // decision: CSV-only and workbook-only rows are hidden, not disabled, so the form only
        // asks what applies to the file at hand
        BooleanBinding csv = viewModel.workbookProperty().not();
        onlyWhen(csv, add(grid, 0, "Encoding", encoding));
        onlyWhen(csv, add(grid, 1, "Delimiter", delimiter));
        add(grid, 2, "Header row", header);
        onlyWhen(csv, add(grid, 3, "Numbers", decimal));
        onlyWhen(viewModel.workbookProperty(), add(grid, 4, "Sheet", sheet));
        grid.add(append, 1, 5);
        onlyWhen(viewModel.workbookProperty(), append);
        add(grid, 6, "Date order", dateOrder);
        grid.add(reason, 1, 7);
        onlyWhen(viewModel.workbookProperty(), add(grid, 8, "Header on row", new HBox(10, headerRow, headerRowHint)));
        return grid;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SUBTLE);
        label.setWrapText(true);
        label.setMaxWidth(760);
        return label;
    }

    private static void onlyWhen(ObservableValue<Boolean> condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    private static Node[] add(GridPane grid, int row, String name, Node control) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        if (control instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane.setHgrow(control, Priority.NEVER);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        return new Node[] {label, control};
    }

    private static <T> Map<T, String> words(Object... pairs) {
        Map<T, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T key = (T) pairs[i];
            words.put(key, (String) pairs[i + 1]);
        }
        return words;
    }
}
