package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/// Which cells of a file count as missing, column by column: everything the import and the
/// quality report classify as "no value" asks here.
///
/// A missing marker is the text files write for "no value": `NA`, `N/A`, `null`, `nan`, `-`,
/// `?`, `#N/A` ([NumberText#isMissing]). In the columns of [ImportOptions#keepMarkerColumns]
/// that text is a real value instead, such as `NA` for North America in a region column.
///
/// decision: a blank cell (empty or white space only, a lone space included) is missing in every
/// column, kept or not: it writes nothing, so there is no value to keep.
public final class MissingMarkers {

    /// Every marker missing in every column, for readers that have no mapping.
    static final MissingMarkers NONE = new MissingMarkers(new boolean[0]);

    /// by column of the reader's header: whether marker text there is a value
    private final boolean[] kept;

    private MissingMarkers(boolean[] kept) {
        this.kept = kept;
    }

    /// The columns of `headers` whose marker text `options` keeps as values.
    ///
    /// @throws ImportException when a kept column is not in the header; the message names it and
    ///                         the columns there are
    static MissingMarkers of(Path file, List<String> headers, ImportOptions options) throws ImportException {
        if (options.keepMarkerColumns().isEmpty()) {
            return NONE;
        }
        boolean[] kept = new boolean[headers.size()];
        for (String column : options.keepMarkerColumns()) {
            kept[Headers.indexOf(headers, column, "the values whose 'NA' is kept as a value", file)] = true;
        }
        return new MissingMarkers(kept);
    }

    /// Whether `text` is blank or a missing marker, as a column that does not keep markers reads
    /// it: for the dialog, which shows the file's cells as text.
    public static boolean isMissing(String text) {
        return NumberText.isMissing(text);
    }

    /// Whether marker text in `column` is a value.
    boolean keeps(int column) {
        return column < kept.length && kept[column];
    }

    /// Whether the cell `cell` points at, in `column`, is missing: blank, or a marker in a column
    /// that does not keep them.
    boolean missing(RowCell cell, int column) {
        return missing(cell, keeps(column));
    }

    /// Whether `cell` is missing in a column that keeps markers (`keep`) or not.
    static boolean missing(RowCell cell, boolean keep) {
        if (!keep) {
            return cell.isEmpty() || cell.isMissing();
        }
        return cell.textAsBytes(true) ? cell.partStart() == cell.partEnd() : cell.text().isBlank();
    }

    /// The note for the quality report on `count` marker cells kept as values in `column`.
    static String note(String column, long count) {
        return String.format(Locale.ROOT, "Column '%s': %,d %s such as NA or N/A kept as %s, as asked, not as missing.", column,
                count, count == 1 ? "cell" : "cells", count == 1 ? "a value" : "values");
    }
}
