package io.personae.app.personas;

import java.util.Locale;

/// The persona charts, in the order the charts screen lists them.
public enum ChartKind {
    HEAT_MAP("Profile heat map"),
    BOX_PLOT("Feature by segment"),
    SHARE("Size and revenue"),
    VALUE_GRID("Value and potential"),
    ACTIONS("Actions per segment"),
    RFM_GRID("RFM grid");

    private final String title;

    ChartKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /// A file name for the chart exported: "profile-heat-map".
    public String fileName() {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
