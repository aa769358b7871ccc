package io.personae.analytics.project;

import io.personae.analytics.workspace.WorkspaceException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/// The one thread that writes a project's workspace: writes land in the order they were asked
/// for, so a segmentation kept while an import is being saved is stored after that import.
final class WorkspaceWriter implements AutoCloseable {

    /// A write to the workspace.
    @FunctionalInterface
    interface Write {
        void run() throws WorkspaceException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread writer = new Thread(runnable, "personae-workspace-writer");
        // decision: a daemon, so a window closed without closing its project cannot keep the
        // process alive; Project.close waits for the writes queued before it
        writer.setDaemon(true);
        return writer;
    });
    /// Tasks queued or running; a task that queues another counts until its own end, so this is
    /// never zero while work is left.
    private final AtomicInteger pending = new AtomicInteger();

    /// Runs `write` after everything queued before it, waits for it and throws what it threw.
    void call(Write write) throws WorkspaceException {
        Future<?> done = queue(() -> {
            write.run();
            return null;
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Saving was interrupted; the workspace has what was saved before.", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case WorkspaceException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /// Queues `task` after everything queued before it and returns at once.
    void submit(Runnable task) {
        queue(() -> {
            task.run();
            return null;
        });
    }

    private Future<?> queue(Callable<?> task) {
        pending.incrementAndGet();
        try {
            return thread.submit(() -> {
                try {
                    return task.call();
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            throw new IllegalStateException("The project is closed; nothing more can be saved to it.", e);
        }
    }

    /// Waits until everything queued so far has run.
    void drain() throws WorkspaceException {
        call(() -> { });
    }

    /// Runs what is queued, and what that queues in turn (a save ends with a task of its own),
    /// then stops the thread.
    @Override
    public void close() {
        try {
            while (pending.get() > 0) {
                drain();
            }
        } catch (WorkspaceException | RuntimeException e) {
            // interrupted or already stopped: stop taking work all the same
        }
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a save of a very large import is still going; closing waits for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
