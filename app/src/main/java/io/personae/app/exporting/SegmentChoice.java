package io.personae.app.exporting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// One segment in the export dialog, ticked or not.
///
/// @param segment the segment's index in its run
/// @param colour  the palette index of the segment's colour (its identity)
/// @param label   "Segment 2 · Loyal high spenders · 500 customers"
public record SegmentChoice(int segment, int colour, String label, BooleanProperty selected) {

    public SegmentChoice(int segment, int colour, String label, boolean selected) {
        this(segment, colour, label, new SimpleBooleanProperty(selected));
    }
}
