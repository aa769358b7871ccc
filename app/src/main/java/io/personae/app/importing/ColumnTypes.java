package io.personae.app.importing;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.ImportOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The dialog's per-column type overrides: one choice per column of the file, empty meaning
/// "as the values say". A change reads the preview again with the types applied (an ignored
/// column disappears from it, yes/no values read as Yes and No) and guesses the roles anew.
///
/// Each column also has a "keep NA as a value" choice, for text and category columns where
/// `NA` is a real value (North America); a change checks the whole file again without reading
/// the preview or guessing the roles anew, since no column changes.
public final class ColumnTypes {

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<Optional<ColumnType>>> choices = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes", 0);
    private final Map<String, BooleanProperty> keepMarkers = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper keepChanges = new ReadOnlyIntegerWrapper(this, "keepChanges", 0);
    private boolean changedSinceShown;

    /// The file's columns, ignored ones included, in file order.
    public ObservableList<String> columns() {
        return columns;
    }

    /// The type chosen for `column`, empty for "as the values say".
    public ObjectProperty<Optional<ColumnType>> typeProperty(String column) {
        ObjectProperty<Optional<ColumnType>> choice = choices.get(column);
        if (choice == null) {
            throw new IllegalArgumentException("The file has no column '" + column + "'; its columns: " + columns);
        }
        return choice;
    }

    /// The types chosen, by column, in file order.
    public Map<String, ColumnType> types() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        choices.forEach((column, choice) -> choice.get().ifPresent(type -> types.put(column, type)));
        return types;
    }

    /// Whether text such as `NA`, `N/A` or `-` in `column` is a value rather than missing.
    public BooleanProperty keepMarkersProperty(String column) {
        typeProperty(column);
        return keepMarkers.get(column);
    }

    /// Whether a column of `type` can keep `NA` as a value: not one read as numbers or dates, where
    /// it can only mean missing, nor an ignored one.
    public static boolean canKeepMarkers(Optional<ColumnType> type) {
        return type.map(t -> !t.numeric() && !t.date() && t != ColumnType.IGNORE).orElse(true);
    }

    /// The columns keeping `NA` as a value, in file order, leaving out those whose type has since
    /// made it impossible.
    public List<String> keptMarkers() {
        return keepMarkers.entrySet().stream()
                .filter(kept -> kept.getValue().get() && canKeepMarkers(choices.get(kept.getKey()).get()))
                .map(Map.Entry::getKey).toList();
    }

    /// `options` with these types (which may move columns into other roles) and these columns
    /// keeping `NA` as a value.
    ///
    /// @throws IllegalArgumentException when a type does not fit a column's role, or a column
    ///                                  keeping `NA` is read as numbers or dates; the message says which
    ImportOptions applyTo(ImportOptions options) {
        return options.withColumnTypes(types()).withKeepMarkerColumns(keptMarkers());
    }

    /// Counts the changes of the keep-NA choices, for the view model to check the file again.
    ReadOnlyIntegerProperty keepChangesProperty() {
        return keepChanges.getReadOnlyProperty();
    }

    /// Counts the user's changes, for the view model to read the preview again on each.
    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /// No columns and no types, for a newly chosen file or another way of reading it.
    void reset() {
        columns.clear();
        choices.clear();
        keepMarkers.clear();
        changedSinceShown = false;
    }

    /// The columns of a preview just read: kept (with their types) when they are the known
    /// columns less the ignored ones, else taken as the file's new columns with no types.
    void show(List<String> headers) {
        if (!columns.isEmpty() && columns.containsAll(headers)) {
            return;
        }
        choices.clear();
        keepMarkers.clear();
        for (String column : headers) {
            BooleanProperty keep = new SimpleBooleanProperty(this, column, false);
            keep.addListener(observable -> keepChanges.set(keepChanges.get() + 1));
            keepMarkers.put(column, keep);
            ObjectProperty<Optional<ColumnType>> choice = new SimpleObjectProperty<>(this, column, Optional.empty());
            choice.addListener((observable, was, now) -> {
                changedSinceShown = true;
                changes.set(changes.get() + 1);
            });
            choices.put(column, choice);
        }
        columns.setAll(headers);
    }

    /// Whether the user changed a type since the last call, clearing the mark: the roles are
    /// guessed again for new types even when the columns stay the same.
    boolean takeChanged() {
        boolean changed = changedSinceShown;
        changedSinceShown = false;
        return changed;
    }
}
