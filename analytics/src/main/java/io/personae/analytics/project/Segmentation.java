package io.personae.analytics.project;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.List;

/// A segmentation run with its personas, one per segment, in segment order.
public record Segmentation(SegmentationResult result, List<Persona> personas) {

    public Segmentation {
        personas = List.copyOf(personas);
        if (personas.size() != result.k()) {
            throw new IllegalArgumentException("One persona is needed per segment");
        }
    }

    /// The segment whose persona has this name (case-insensitive) or this 1-based number.
    public java.util.OptionalInt findSegment(String nameOrNumber) {
        String wanted = nameOrNumber.strip();
        for (Persona persona : personas) {
            if (persona.name().equalsIgnoreCase(wanted) || String.valueOf(persona.segment() + 1).equals(wanted)) {
                return java.util.OptionalInt.of(persona.segment());
            }
        }
        return java.util.OptionalInt.empty();
    }
}
