package io.personae.app.exporting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// One segment in the export dialog, ticked or not.
///
/// @param segment the segment number
/// @param label   "Loyal high spenders · 500 customers"
public record SegmentChoice(int segment, String label, BooleanProperty selected) {

    public SegmentChoice(int segment, String label, boolean selected) {
        this(segment, label, new SimpleBooleanProperty(selected));
    }
}
