package io.personae.analytics.importer;

import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;

/// The data quality report of an import, which may be made on a thread of its own after the
/// import's customers are ready ([BackgroundProfile]). The workspace save starts it and waits for
/// it; nothing on the way to segmenting does.
public final class PendingQuality {

    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final BackgroundProfile profile;
    private final long rowsRead;
    private final long duplicateCustomers;
    private final List<String> steps;
    private final List<String> notes;
    /// the report once made; `null` until then
    private QualityReport report;
    private boolean cancelled;

    private PendingQuality(Path file, BackgroundProfile profile, long rowsRead, long duplicateCustomers, List<String> steps,
            List<String> notes, QualityReport report) {
        this.file = file;
        this.profile = profile;
        this.rowsRead = rowsRead;
        this.duplicateCustomers = duplicateCustomers;
        this.steps = steps == null ? null : List.copyOf(steps);
        this.notes = notes == null ? null : List.copyOf(notes);
        this.report = report;
    }

    /// A report made already.
    public static PendingQuality of(QualityReport report) {
        return new PendingQuality(null, null, 0, 0, null, null, java.util.Objects.requireNonNull(report, "report"));
    }

    /// The report `profile` is making, to be completed with what the reading thread found: it
    /// read `rowsRead` rows, and the cleaning `steps` and `notes` of the import.
    static PendingQuality after(Path file, BackgroundProfile profile, long rowsRead, long duplicateCustomers, List<String> steps,
            List<String> notes) {
        return new PendingQuality(file, profile, rowsRead, duplicateCustomers, steps, notes, null);
    }

    /// Starts making the report on a thread of its own if it is not made yet; a save calls it as
    /// it begins, so the report is made while the rows are written.
    public synchronized void start() {
        if (report == null && !cancelled) {
            profile.start();
        }
    }

    /// Stops making the report, for a read whose report nobody will ask for (a check of the file
    /// before the import, a save that failed); [#await] then throws [CancelledException].
    public synchronized void cancel() {
        if (report == null) {
            cancelled = true;
            profile.cancel();
        }
    }

    /// Whether the report is made, so that [#await] returns at once.
    public synchronized boolean isDone() {
        return report != null;
    }

    /// The report, making it or waiting for it if need be.
    ///
    /// @throws ImportException when the profile failed, or the file changed while it was read
    ///         twice; the message says what to do
    public QualityReport await() throws ImportException {
        return await(ProgressMonitor.NONE);
    }

    /// The report, making it or waiting for it if need be, and checking `progress` for a cancel
    /// meanwhile.
    ///
    /// @throws ImportException when the profile failed, or the file changed while it was read
    ///         twice; the message says what to do
    /// @throws CancelledException when `progress` was cancelled or the waiting thread interrupted
    public synchronized QualityReport await(ProgressMonitor progress) throws ImportException {
        if (report != null) {
            return report;
        }
        if (cancelled) {
            throw new CancelledException();
        }
        profile.start();
        try {
            while (!profile.join(POLL_MILLIS)) {
                progress.checkCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        long profiled = profile.rows();
        if (profiled != rowsRead) {
            throw new ImportException(file, 0, "The file changed while it was being imported: " + rowsRead
                    + " rows were read for the customers but " + profiled + " for the data quality report."
                    + " Nothing was imported. Wait until the program writing the file has finished, then import again.");
        }
        report = profile.profiler().report(duplicateCustomers, steps, notes);
        return report;
    }
}
