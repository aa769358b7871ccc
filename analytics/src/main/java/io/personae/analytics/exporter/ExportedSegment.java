package io.personae.analytics.exporter;

import java.util.Objects;

/// A segment as an export saw it: the number users see and the persona's name at the time.
public record ExportedSegment(int number, String persona) {

    public ExportedSegment {
        Objects.requireNonNull(persona, "persona");
    }
}
