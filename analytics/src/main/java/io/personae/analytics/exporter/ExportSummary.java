package io.personae.analytics.exporter;

import java.nio.file.Path;

/// What an export wrote.
///
/// @param target the file written
/// @param rows   customer rows written (the header not counted)
public record ExportSummary(Path target, int rows) {

    public String describe() {
        return "Exported " + rows + " customers to " + target.getFileName();
    }
}
