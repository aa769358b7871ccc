package io.personae.app.exporting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// A feature or category of the customer table that can be added to an export, ticked or not.
///
/// @param name the column's name, as the table and the file's header have it
public record ColumnChoice(String name, BooleanProperty selected) {

    public ColumnChoice(String name) {
        this(name, new SimpleBooleanProperty(false));
    }
}
