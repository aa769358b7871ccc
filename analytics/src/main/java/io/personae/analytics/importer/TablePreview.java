package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.List;

/// The first rows of a file, as text, for the preview grid and for guessing column roles.
///
/// @param file    the file previewed
/// @param headers column names from the header row
/// @param rows    the first data rows, each with one cell per header (missing cells are "")
/// @param format  how the file was read, in words ("CSV, comma-separated, UTF-8" or "Excel, sheet Orders")
public record TablePreview(Path file, List<String> headers, List<List<String>> rows, String format) {

    public TablePreview {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
