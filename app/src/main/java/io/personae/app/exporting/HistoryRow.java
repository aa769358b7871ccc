package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportedSegment;
import io.personae.app.common.Formats;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;

/// One past export as the history table shows it.
///
/// @param record   the export as the workspace keeps it
/// @param when     "2026-03-01 10:15", local time
/// @param preset   "Klaviyo"
/// @param segments "1 Loyal big spenders, 3 New" or "every segment"
/// @param seed     the seed of the test groups, "" without groups
/// @param shares   "45,45,10", "" without groups
/// @param file     the file's name
/// @param rows     "4,000" (and "12 left out")
public record HistoryRow(ExportRecord record, String when, String preset, String segments, String seed, String shares,
        String file, String rows) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public HistoryRow {
        Objects.requireNonNull(record, "record");
    }

    static HistoryRow of(ExportRecord record) {
        String segments = record.allSegments() ? "every segment" : record.segments().stream()
                .map(ExportedSegment::number).map(String::valueOf).collect(Collectors.joining(", "));
        boolean groups = record.split() != null;
        Path target = Path.of(record.target());
        String rows = Formats.count(record.rows()) + (record.excluded() > 0 ? " (" + Formats.count(record.excluded())
                + " left out)" : "");
        return new HistoryRow(record, WHEN.format(record.createdAt().atZone(ZoneId.systemDefault())),
                record.preset().label(), segments, groups ? Long.toString(record.seed()) : "",
                groups ? record.split().text() : "", target.getFileName() == null ? record.target()
                        : target.getFileName().toString(), rows);
    }

    /// "Segment 1 Loyal big spenders, segment 3 New", with the persona names as they were then.
    String segmentNames() {
        if (record.allSegments()) {
            return "Every segment";
        }
        return record.segments().stream().map(s -> "Segment " + s.number() + " " + s.persona())
                .collect(Collectors.joining(", "));
    }
}
