package io.personae.app.importing;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.Formats;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Reads the whole file with the mapping chosen so far, writing nothing, so the dialog can say
/// before the import how many rows and customers it will find and why the dates are read
/// day-first or month-first (the engine decides the date order from every row, not from the
/// preview).
///
/// decision: only files up to [#LIMIT_BYTES]; the engine reads those in well under a second.
/// Bigger ones are checked by the import itself, whose report says the same.
public final class FileCheck {

    static final long LIMIT_BYTES = 32L * 1024 * 1024;
    static final String CHECKING = "Checking the whole file…";
    static final String TOO_BIG = "The whole file is checked when you import it.";
    static final String NO_AMBIGUOUS_DATES = "Guessed: no date in the file could be read both ways.";

    private final LatestRequest<ImportSummary> requests;
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyStringWrapper dateOrderReason = new ReadOnlyStringWrapper(this, "dateOrderReason", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");

    FileCheck(TaskRunner runner) {
        this.requests = new LatestRequest<>(runner);
    }

    /// Checks `file` read with `options`, replacing any check under way.
    void request(Path file, ImportOptions options) {
        if (size(file) > LIMIT_BYTES) {
            requests.cancel();
            show(TOO_BIG, "", "");
            return;
        }
        figures.set(CHECKING);
        // only the summary is kept: the rows read can be large, and the quality report is the import's
        requests.submit("Checking " + file.getFileName(), progress -> summary(Importer.read(file, options, progress)),
                this::describe, error -> {
            if (!CancelledJob.is(error)) {
                show("As chosen, the import would fail: " + UserErrors.describe(error), "", "");
            }
        });
    }

    private static ImportSummary summary(ImportedFile read) {
        if (read.pendingQuality() != null) {
            read.pendingQuality().cancel();
        }
        return read.summary();
    }

    /// Forgets the figures and stops a check under way.
    void clear() {
        requests.cancel();
        show("", "", "");
    }

    private void describe(ImportSummary summary) {
        String left = summary.rowsSkipped() == 0 ? "" : ", " + Formats.count(summary.rowsSkipped()) + " left out";
        String read = "Whole file: " + Formats.count(summary.rowsRead()) + " rows" + left + ", "
                + Formats.count(summary.customers()) + " customers.";
        List<String> dates = summary.notes().stream().filter(FileCheck::isAboutDateOrder).toList();
        List<String> others = summary.notes().stream().filter(note -> !isAboutDateOrder(note)).toList();
        show(read, dates.isEmpty() ? NO_AMBIGUOUS_DATES : String.join("\n", dates), String.join("\n", others));
    }

    private void show(String figuresText, String dateText, String notesText) {
        figures.set(figuresText);
        dateOrderReason.set(dateText);
        notes.set(notesText);
    }

    private static boolean isAboutDateOrder(String note) {
        return note.contains("day-first") || note.contains("month-first");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /// "Whole file: 998 rows, 4 left out, 52 customers." or what would go wrong.
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /// Why the dates are read day-first or month-first, in the engine's words.
    public ReadOnlyStringProperty dateOrderReasonProperty() {
        return dateOrderReason.getReadOnlyProperty();
    }

    /// The engine's other notes on the file, one per line.
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }
}
