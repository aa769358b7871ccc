package io.personae.app.personas;

import io.personae.analytics.personas.ActionType;
import java.awt.Color;
import java.util.List;

/// One colour per action on the value-potential grid and the action bars.
///
/// decision: ColorBrewer's Dark2, whose hues differ from the segments' Tableau colours in
/// lightness, so a chart coloured by action is not read as coloured by segment
final class ActionColours {

    private static final List<Color> COLOURS = List.of(new Color(0x1B9E77), new Color(0x7570B3), new Color(0xE6AB02),
            new Color(0xD95F02), new Color(0x66A61E), new Color(0x8C8C8C));

    private ActionColours() {
    }

    static Color of(ActionType action) {
        return COLOURS.get(action.ordinal());
    }

    static Color of(int ordinal) {
        return COLOURS.get(ordinal);
    }
}
