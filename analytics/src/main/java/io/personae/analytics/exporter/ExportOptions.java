package io.personae.analytics.exporter;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// What to export, where and how. Start from [#ExportOptions(Path, Set)] or [#of(Path, ExportPreset)]
/// and change one thing at a time with the `with...` methods; each checks the whole at once.
///
/// @param target          the file to write; replaced if it exists. A Klaviyo list over
///                        `splitBytes` becomes `name-1.csv`, `name-2.csv`... beside it
/// @param segments        segment indices to include; empty means every segment
/// @param preset          the tool the file is shaped for
/// @param columns         features and categories of the customer table to add after the
///                        preset's columns, in order, each at most once
/// @param split           the test groups to draw within each segment, `null` for none
/// @param seed            the seed of the draw, kept with the export so it can be repeated
/// @param bom             whether CSV files start with a UTF-8 byte order mark, which older
///                        Excel versions need to read accents; email tools ignore it
/// @param contactableOnly whether to leave out customers without a valid, unique, consented
///                        address; email-tool presets always do ([ExportPreset#forEmailTool])
/// @param keepUnconsented whether customers who did not consent are still written (with their
///                        consent status, for tools that keep suppression lists)
/// @param baseline        the conversion rate the detectable-effect hint assumes, 0..1
/// @param excludedFile    where to write the customers left out and why, `null` for nowhere
/// @param splitBytes      the largest CSV file a Klaviyo export writes before starting another
public record ExportOptions(Path target, Set<Integer> segments, ExportPreset preset, List<String> columns,
        GroupSplit split, long seed, boolean bom, boolean contactableOnly, boolean keepUnconsented, double baseline,
        Path excludedFile, long splitBytes) {

    /// Klaviyo's upload limit.
    public static final long KLAVIYO_MAX_BYTES = 50L * 1024 * 1024;
    private static final long MIN_SPLIT_BYTES = 256;

    public ExportOptions {
        Objects.requireNonNull(target, "Choose a file to export to.");
        Objects.requireNonNull(preset, "Choose an export preset.");
        segments = Set.copyOf(segments);
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column == null || column.isBlank() || !seen.add(column.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Each extra column is picked once and needs a name.");
            }
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!preset.writesXlsx(name) && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException(preset.label() + " imports CSV files: name the file .csv"
                    + (preset == ExportPreset.GENERIC_CSV ? ", or choose the Excel workbook preset." : "."));
        }
        if (!(baseline > 0 && baseline < 1)) {
            throw new IllegalArgumentException("The expected conversion rate must lie between 0% and 100%.");
        }
        if (excludedFile != null && excludedFile.toAbsolutePath().equals(target.toAbsolutePath())) {
            throw new IllegalArgumentException("The file of customers left out must not be the export itself; choose"
                    + " another name.");
        }
        if (splitBytes < MIN_SPLIT_BYTES) {
            throw new IllegalArgumentException("Files cannot be split below " + MIN_SPLIT_BYTES + " bytes.");
        }
    }

    /// Today's plain list of the chosen segments: every customer, no test groups.
    public ExportOptions(Path target, Set<Integer> segments) {
        this(target, segments, ExportPreset.GENERIC_CSV, List.of(), null, 0, false, false, false,
                DetectableEffect.DEFAULT_BASELINE, null, KLAVIYO_MAX_BYTES);
    }

    /// Every segment, shaped for `preset`.
    public static ExportOptions of(Path target, ExportPreset preset) {
        return new ExportOptions(target, Set.of(), preset, List.of(), null, 0, false, false, false,
                DetectableEffect.DEFAULT_BASELINE, null, KLAVIYO_MAX_BYTES);
    }

    public boolean includes(int segment) {
        return segments.isEmpty() || segments.contains(segment);
    }

    /// Whether customers without a valid, unique (and, when recorded, consented) address are left out.
    public boolean excludesUncontactable() {
        return preset.forEmailTool() || contactableOnly;
    }

    public Optional<GroupSplit> groups() {
        return Optional.ofNullable(split);
    }

    public ExportOptions withTarget(Path newTarget) {
        return new ExportOptions(newTarget, segments, preset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    public ExportOptions withSegments(Set<Integer> newSegments) {
        return new ExportOptions(target, newSegments, preset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    public ExportOptions withPreset(ExportPreset newPreset) {
        return new ExportOptions(target, segments, newPreset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    /// The saved preset's base and columns.
    public ExportOptions withPreset(SavedPreset saved) {
        return withPreset(saved.base()).withColumns(saved.columns());
    }

    public ExportOptions withColumns(List<String> newColumns) {
        return new ExportOptions(target, segments, preset, newColumns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    /// Test groups drawn with `newSeed`; `null` for none.
    public ExportOptions withSplit(GroupSplit newSplit, long newSeed) {
        return new ExportOptions(target, segments, preset, columns, newSplit, newSeed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    public ExportOptions withBom(boolean newBom) {
        return new ExportOptions(target, segments, preset, columns, split, seed, newBom, contactableOnly,
                keepUnconsented, baseline, excludedFile, splitBytes);
    }

    public ExportOptions withContactableOnly(boolean only) {
        return new ExportOptions(target, segments, preset, columns, split, seed, bom, only, keepUnconsented, baseline,
                excludedFile, splitBytes);
    }

    public ExportOptions withKeepUnconsented(boolean keep) {
        return new ExportOptions(target, segments, preset, columns, split, seed, bom, contactableOnly, keep, baseline,
                excludedFile, splitBytes);
    }

    public ExportOptions withBaseline(double newBaseline) {
        return new ExportOptions(target, segments, preset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, newBaseline, excludedFile, splitBytes);
    }

    /// Also write the customers left out, and why, to `file` (`null`: do not).
    public ExportOptions withExcludedFile(Path file) {
        return new ExportOptions(target, segments, preset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, file, splitBytes);
    }

    public ExportOptions withSplitBytes(long bytes) {
        return new ExportOptions(target, segments, preset, columns, split, seed, bom, contactableOnly,
                keepUnconsented, baseline, excludedFile, bytes);
    }
}
