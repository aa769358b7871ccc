package io.personae.app.importing;

import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.FileFormat.DateOrder;
import io.personae.analytics.importer.FileFormat.Delimiter;
import io.personae.analytics.importer.FileFormat.Encoding;
import io.personae.analytics.importer.FileFormat.HeaderRow;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// How the dialog reads the file: each part of the [FileFormat] as a property the user can
/// change from the guess (`AUTO`) to a fixed value.
public final class FormatChoices {

    /// The sheet choice meaning "the workbook's first sheet".
    public static final String FIRST_SHEET = "(first sheet)";

    private final ObjectProperty<Encoding> encoding = new SimpleObjectProperty<>(this, "encoding", Encoding.AUTO);
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter", Delimiter.AUTO);
    private final ObjectProperty<HeaderRow> header = new SimpleObjectProperty<>(this, "header", HeaderRow.AUTO);
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder", DateOrder.AUTO);
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet", FIRST_SHEET);
    private final BooleanProperty appendSheets = new SimpleBooleanProperty(this, "appendSheets", false);
    private final IntegerProperty headerRow = new SimpleIntegerProperty(this, "headerRow", 0);
    private final ObservableList<String> sheets = FXCollections.observableArrayList(FIRST_SHEET);

    /// The format as chosen now.
    public FileFormat format() {
        String chosenSheet = sheet.get();
        return new FileFormat(nonNull(delimiter.get(), Delimiter.AUTO), nonNull(header.get(), HeaderRow.AUTO),
                nonNull(encoding.get(), Encoding.AUTO), FIRST_SHEET.equals(chosenSheet) ? null : chosenSheet,
                appendSheets.get(), nonNull(dateOrder.get(), DateOrder.AUTO), headerRow.get());
    }

    /// Everything back to guessed, for a newly chosen file.
    void reset() {
        encoding.set(Encoding.AUTO);
        delimiter.set(Delimiter.AUTO);
        header.set(HeaderRow.AUTO);
        dateOrder.set(DateOrder.AUTO);
        sheet.set(FIRST_SHEET);
        appendSheets.set(false);
        headerRow.set(0);
        sheets.setAll(FIRST_SHEET);
    }

    /// The choices that change what the preview shows (the date order only changes how the
    /// whole file is read).
    List<Observable> readingChoices() {
        return List.of(encoding, delimiter, header, sheet, appendSheets, headerRow);
    }

    void showSheets(List<String> names) {
        if (!sheets.subList(1, sheets.size()).equals(names)) {
            String chosen = sheet.get();
            sheets.setAll(FIRST_SHEET);
            sheets.addAll(names);
            sheet.set(sheets.contains(chosen) ? chosen : FIRST_SHEET);
        }
    }

    public ObjectProperty<Encoding> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<HeaderRow> headerProperty() {
        return header;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /// A sheet name, or [#FIRST_SHEET].
    public StringProperty sheetProperty() {
        return sheet;
    }

    /// Whether the sheets after the chosen one with the same columns are appended to it.
    public BooleanProperty appendSheetsProperty() {
        return appendSheets;
    }

    /// The workbook row naming the columns (1-based), or 0 to find it under any title rows.
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    /// [#FIRST_SHEET] then the workbook's sheets; only [#FIRST_SHEET] for a CSV file.
    public ObservableList<String> sheets() {
        return sheets;
    }

    private static <T> T nonNull(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
