package io.personae.app.common;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import java.util.List;

/// A segment as the cards and charts show it: its persona, the number users see and the colour.
///
/// decision: number and colour come from the segment's identity, not its index in the run, so
/// a segment the engine matched to one of the previous run keeps both when the slider moves.
///
/// @param persona the segment's persona
/// @param number  "Segment 3": the identity plus one
/// @param colour  index into the palette: the identity
public record ShownSegment(Persona persona, int number, int colour) {

    /// The segments of `segmentation`, in its segment order; none for `null`.
    public static List<ShownSegment> of(Segmentation segmentation) {
        if (segmentation == null) {
            return List.of();
        }
        int[] identities = segmentation.result().identities();
        return segmentation.personas().stream()
                .map(p -> new ShownSegment(p, segmentation.number(p), identities[p.segment()]))
                .toList();
    }

    /// The segment's identity, which stays with it across re-runs: what selections hold.
    public int identity() {
        return colour;
    }

    /// The segment's index in its run.
    public int segment() {
        return persona.segment();
    }

    public String name() {
        return persona.name();
    }
}
