package io.personae.analytics.exporter;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/// One export as the workspace remembers it: when, which preset and segments, the seed and
/// shares of the test groups, the file, the counts, and enough of the options to repeat it on
/// newer data. The customers written are kept beside it (see [ExportedCustomer]).
///
/// @param id              the history's key, 0 before it is stored
/// @param createdAt       when the export was written
/// @param preset          the preset used
/// @param allSegments     whether every segment was exported (then a re-export takes every
///                        segment of the data it runs on)
/// @param segments        the segments exported, by number, with their persona names then
/// @param columns         the extra columns
/// @param split           the test groups' shares, `null` for none
/// @param seed            the seed of the draw
/// @param bom             whether CSV files started with a byte order mark
/// @param contactableOnly whether uncontactable customers were left out of a plain list
/// @param keepUnconsented whether customers without consent were kept
/// @param target          the file asked for
/// @param rows            customers written
/// @param excluded        customers left out
public record ExportRecord(long id, Instant createdAt, ExportPreset preset, boolean allSegments,
        List<ExportedSegment> segments, List<String> columns, GroupSplit split, long seed, boolean bom,
        boolean contactableOnly, boolean keepUnconsented, String target, int rows, int excluded) {

    public ExportRecord {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(preset, "preset");
        segments = List.copyOf(segments);
        columns = List.copyOf(columns);
        Objects.requireNonNull(target, "target");
    }

    /// The record of a finished export, not stored yet.
    public static ExportRecord of(ExportSummary summary, Segmentation segmentation, Instant when) {
        ExportOptions options = summary.options();
        List<ExportedSegment> segments = new ArrayList<>();
        for (Persona persona : segmentation.personas()) {
            if (options.includes(persona.segment())) {
                segments.add(new ExportedSegment(segmentation.number(persona), persona.name()));
            }
        }
        segments.sort(java.util.Comparator.comparingInt(ExportedSegment::number));
        return new ExportRecord(0, when, options.preset(), options.segments().isEmpty(), segments, options.columns(),
                options.split(), options.seed(), options.bom(), options.contactableOnly(), options.keepUnconsented(),
                options.target().toAbsolutePath().toString(), summary.rows(), summary.validation().excluded().size());
    }

    public ExportRecord withId(long newId) {
        return new ExportRecord(newId, createdAt, preset, allSegments, segments, columns, split, seed, bom,
                contactableOnly, keepUnconsented, target, rows, excluded);
    }

    /// This export's options again, on `current` data, to `newTarget`: the same preset, columns,
    /// shares and seed, and the segments of the same numbers.
    ///
    /// @throws ExportException when a segment exported then is not in `current`
    public ExportOptions repeat(Path newTarget, Segmentation current) throws ExportException {
        Set<Integer> chosen = new LinkedHashSet<>();
        if (!allSegments) {
            for (ExportedSegment segment : segments) {
                int index = current.findSegment(String.valueOf(segment.number())).orElse(-1);
                if (index < 0) {
                    throw new ExportException("Segment " + segment.number() + " (" + segment.persona()
                            + ") is not in the latest segmentation, so export " + id + " cannot be repeated as it was."
                            + " Export the segments you want afresh.");
                }
                chosen.add(index);
            }
        }
        return new ExportOptions(newTarget, chosen, preset, columns, split, seed, bom, contactableOnly, keepUnconsented,
                DetectableEffect.DEFAULT_BASELINE, null, ExportOptions.KLAVIYO_MAX_BYTES);
    }

    /// "#3 2026-03-01 10:15 Klaviyo, segments 1 (Loyal big spenders), 3 (New): 4,000 to spring.csv, seed 7 45,45,10".
    public String describe() {
        StringBuilder line = new StringBuilder();
        line.append('#').append(id).append(' ').append(createdAt.toString(), 0, 16).append(' ').append(preset.label())
                .append(allSegments ? ", every segment" : ", segment" + (segments.size() == 1 ? " " : "s "));
        if (!allSegments) {
            line.append(String.join(", ", segments.stream().map(s -> s.number() + " (" + s.persona() + ")").toList()));
        }
        line.append(String.format(Locale.ROOT, ": %,d to %s", rows, Path.of(target).getFileName()));
        if (excluded > 0) {
            line.append(String.format(Locale.ROOT, ", %,d left out", excluded));
        }
        if (split != null) {
            line.append(", groups ").append(split.text()).append(" seed ").append(seed);
        }
        return line.toString();
    }
}
