package io.personae.analytics.personas;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.List;
import java.util.OptionalInt;

/// A segmentation run with its personas, one per segment, in segment order.
public record Segmentation(SegmentationResult result, List<Persona> personas) {

    public Segmentation {
        personas = List.copyOf(personas);
        if (personas.size() != result.k()) {
            throw new IllegalArgumentException("One persona is needed per segment");
        }
    }

    /// The number users see for this persona's segment (its identity plus one), which stays put
    /// when a re-run finds the segment again; use it, not the index, for labels and colours.
    public int number(Persona persona) {
        return result.number(persona.segment());
    }

    /// The segment (its index in the run) whose persona has this name (case-insensitive) or this
    /// number as users see it ([#number(Persona)]).
    public OptionalInt findSegment(String nameOrNumber) {
        String wanted = nameOrNumber.strip();
        for (Persona persona : personas) {
            if (persona.name().equalsIgnoreCase(wanted) || String.valueOf(number(persona)).equals(wanted)) {
                return OptionalInt.of(persona.segment());
            }
        }
        return OptionalInt.empty();
    }
}
