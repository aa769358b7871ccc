package io.personae.analytics.importer;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/// Feeds a [QualityProfiler] on a thread of its own, so profiling a large CSV file runs on the
/// second core while the reading thread parses and imports the rows.
///
/// The reading thread copies each row into a [RowBlock]; full blocks go to the profiling
/// thread, which replays them in file order through [QualityProfiler#row] and hands them back
/// to be filled again. Three blocks circulate, so neither thread waits while the other keeps
/// up, and the copies take about a megabyte and a half whatever the file's size.
///
/// decision: profiling is half the work of a CSV import (a fingerprint, a distinct-value
/// look-up, a number or date per cell, ten cells a row) and depends on nothing the import
/// decides, so it is the part that moves; the import keeps its single loop. Rejections
/// ([QualityProfiler#reject]) stay on the reading thread: they touch only the profiler's
/// rejection figures, never the column figures the profiling thread writes, and
/// [#finish] joins the thread before anyone reads either.
final class QualityPipeline implements AutoCloseable {

    private static final int BLOCKS = 3;

    private final QualityProfiler quality;
    private final CellBytes raw;
    private final BlockingQueue<RowBlock> full = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<RowBlock> free = new ArrayBlockingQueue<>(BLOCKS);
    /// put on [#full] after the last block: the profiling thread stops when it takes it
    private final RowBlock end;
    private final Thread worker;
    private RowBlock filling;
    private volatile Throwable failure;

    private QualityPipeline(QualityProfiler quality, TableReader reader, CellBytes raw) {
        this.quality = quality;
        this.raw = raw;
        this.end = new RowBlock(List.of(), reader.decimalComma(), raw::decoder);
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new RowBlock(reader.headers(), reader.decimalComma(), raw::decoder));
        }
        this.filling = free.remove();
        this.worker = Thread.ofPlatform().daemon().name("personae-quality").start(this::profile);
    }

    /// A pipeline for `reader`, or `null` when profiling in line is the better choice: the
    /// reader has no bytes to copy (Excel, typed columns) or there is only one core.
    static QualityPipeline start(QualityProfiler quality, TableReader reader) {
        if (!(reader.source() instanceof CellBytes raw) || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        return new QualityPipeline(quality, reader, raw);
    }

    /// Queues the reader's current row for profiling.
    void row(TableReader reader) throws InterruptedException {
        filling.add(reader, raw);
        if (filling.isFull()) {
            full.put(filling);
            filling = free.take();
        }
    }

    /// Sends the rows still queued after the last one; the profiling thread profiles them and
    /// then [QualityProfiler#summarise]s, while the reading thread goes on.
    void lastRow() throws InterruptedException {
        if (!filling.isEmpty()) {
            full.put(filling);
        }
        full.put(end);
    }

    /// Waits for the profiling thread to finish, after [#lastRow].
    void finish() throws InterruptedException {
        worker.join();
        Throwable problem = failure;
        if (problem instanceof RuntimeException e) {
            throw e;
        }
        if (problem instanceof Error e) {
            throw e;
        }
    }

    /// Stops the profiling thread if it is still running (the import failed or was cancelled).
    @Override
    public void close() {
        worker.interrupt();
    }

    private void profile() {
        try {
            while (true) {
                RowBlock block = full.take();
                if (block == end) {
                    if (failure == null) {
                        summarise();
                    }
                    return;
                }
                if (failure == null) {
                    replay(block);
                }
                block.clear();
                free.put(block);
            }
        } catch (InterruptedException e) {
            // the import is over without us: nothing of the profile will be read
        }
    }

    private void summarise() {
        try {
            quality.summarise();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void replay(RowBlock block) {
        try {
            while (block.next()) {
                quality.row(block);
            }
        } catch (RuntimeException | Error e) {
            // decision: keep taking blocks after a failure, so the reading thread never waits
            // for a free block that would not come; finish() reports the failure
            failure = e;
        }
    }
}
