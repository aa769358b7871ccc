package io.personae.app.importing;

import io.personae.analytics.importer.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The dialog's per-column type overrides: one choice per column of the file, empty meaning
/// "as the values say". A change reads the preview again with the types applied (an ignored
/// column disappears from it, yes/no values read as Yes and No) and guesses the roles anew.
public final class ColumnTypes {

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<Optional<ColumnType>>> choices = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes", 0);
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

    /// Counts the user's changes, for the view model to read the preview again on each.
    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /// No columns and no types, for a newly chosen file or another way of reading it.
    void reset() {
        columns.clear();
        choices.clear();
        changedSinceShown = false;
    }

    /// The columns of a preview just read: kept (with their types) when they are the known
    /// columns less the ignored ones, else taken as the file's new columns with no types.
    void show(List<String> headers) {
        if (!columns.isEmpty() && columns.containsAll(headers)) {
            return;
        }
        choices.clear();
        for (String column : headers) {
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
