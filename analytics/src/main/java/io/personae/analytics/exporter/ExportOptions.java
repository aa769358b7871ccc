package io.personae.analytics.exporter;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/// What to export and where.
///
/// @param target   the CSV file to write; replaced if it exists
/// @param segments segment numbers to include; empty means every segment
public record ExportOptions(Path target, Set<Integer> segments) {

    public ExportOptions {
        Objects.requireNonNull(target, "Choose a file to export to.");
        segments = Set.copyOf(segments);
    }

    public boolean includes(int segment) {
        return segments.isEmpty() || segments.contains(segment);
    }
}
