package io.personae.app.common;

import java.util.List;

/// The segment colours, one per segment number, used alike on cards, in the export dialog and
/// in both charts so a persona keeps its colour everywhere.
///
/// decision: the palette lives in code, not in `personae.css`, because the charts draw with
/// Java2D and cannot read CSS; these twelve are Tableau 10 plus two, told apart by most people
/// with colour-vision deficiency when placed side by side.
public final class Palette {

    private static final List<String> COLOURS = List.of(
            "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
            "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC", "#2F4B7C", "#BCBD22");

    private Palette() {
    }

    /// The colour of segment `segment` as `#RRGGBB`.
    public static String hex(int segment) {
        return COLOURS.get(Math.floorMod(segment, COLOURS.size()));
    }

    public static int size() {
        return COLOURS.size();
    }
}
