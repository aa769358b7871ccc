package io.personae.analytics.importer;

import java.nio.file.Path;
import java.time.Duration;

/// Profiles a CSV file for its [QualityReport] on a thread of its own, with a reader of its own,
/// once the import's rows are read: the customers are ready to segment without waiting for the
/// report, and the workspace save, which needs it, starts it and waits for it ([PendingQuality]).
///
/// decision: the profile starts when it is asked for, not with the import. On two cores a
/// profile running beside the read took the core the JIT compiler needed to warm the reading
/// loop up, and "ready" took a second longer (docs/decisions/0017-quality-report-in-the-background.md).
/// The second reader is opened with the import all the same, so a file deleted or replaced right
/// after the import is still read as it was.
///
/// [QualityProfiler#reject] is called by the reading thread, which is done before the profile
/// starts; it touches only the rejection figures, never the column figures this thread writes,
/// and [PendingQuality] joins this thread before the report reads either.
final class BackgroundProfile {

    /// the profiling thread's name, for anyone checking it is gone
    static final String THREAD_NAME = "personae-quality";
    private static final int CHECK_EVERY = 4096;

    private final TableReader reader;
    private final QualityProfiler quality;
    private Thread worker;
    private boolean cancelled;
    /// written by the profiling thread before it ends; read after [Thread#join]
    private long rows;
    private Throwable failure;

    private BackgroundProfile(TableReader reader, QualityProfiler quality) {
        this.reader = reader;
        this.quality = quality;
    }

    /// A profile of `file` read with `options`, its reader open and nothing read yet; `null`
    /// when profiling in line with the import's `reader` is the better choice: that reader has
    /// no bytes (Excel, typed columns), so reading the file twice would cost more than profiling
    /// as it goes, or there is only one core.
    static BackgroundProfile open(Path file, ImportOptions options, QualityProfiler quality, TableReader reader)
            throws ImportException {
        if (!(reader.source() instanceof CellBytes) || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        return new BackgroundProfile(TableReaders.open(file, options.format(), options.columnTypes()), quality);
    }

    /// Starts profiling, unless it has started or been cancelled.
    synchronized void start() {
        if (worker == null && !cancelled) {
            worker = Thread.ofPlatform().daemon().name(THREAD_NAME).start(this::profile);
        }
    }

    /// Stops the profile, or keeps it from starting, and lets the file go: nobody will read
    /// the report.
    synchronized void cancel() {
        cancelled = true;
        if (worker == null) {
            reader.close();
        } else {
            worker.interrupt();
        }
    }

    QualityProfiler profiler() {
        return quality;
    }

    /// Waits up to `millis` for the started profile to end; whether it has.
    boolean join(long millis) throws InterruptedException {
        Thread started;
        synchronized (this) {
            started = worker;
        }
        return started.join(Duration.ofMillis(millis));
    }

    /// The rows profiled, once [#join] said the profile ended; throws what stopped it, if
    /// anything did.
    long rows() throws ImportException {
        if (failure instanceof ImportException e) {
            // its message names the file and the line, and says nothing was imported
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return rows;
    }

    private void profile() {
        try (reader) {
            long count = 0;
            while (reader.next()) {
                if (++count % CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
                    return;
                }
                quality.row(reader);
            }
            quality.summarise();
            rows = count;
        } catch (ImportException | RuntimeException | Error e) {
            failure = e;
        }
    }
}
