package io.personae.app.common;

import io.personae.analytics.progress.CancellableProgress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/// Runs work on one background thread as JavaFX `Task`s, shows it in the [BackgroundStatus] and
/// calls back on the JavaFX thread.
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final BackgroundStatus status;
    private final ExecutorService worker;

    public FxTaskRunner(BackgroundStatus status) {
        this.status = status;
        // decision: one worker thread. Engine calls then run in the order they were asked for,
        // so an import never overlaps a segmentation of the data it replaces, and opening a
        // project never races with closing the previous one.
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "personae-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /// Must be called on the JavaFX thread.
    @Override
    public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work);
        Job job = new FxJob(title, task);
        task.setOnSucceeded(event -> {
            status.finished(job);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            status.finished(job);
            onFailure.accept(task.getException());
        });
        status.started(job, task.progressProperty(), task.messageProperty());
        worker.execute(task);
        return job;
    }

    /// Lets running work finish (cancelled work stops at its next safe point) and takes no more.
    @Override
    public void close() {
        status.cancelAll();
        // decision: no interrupts (shutdownNow): H2 closes its file when a thread doing I/O is
        // interrupted, which would break the open workspace
        worker.shutdown();
    }

    private record FxJob(String title, WorkTask<?> task) implements Job {

        @Override
        public void cancel() {
            // decision: only the engine's flag is flipped, not Task.cancel(): the task then ends
            // the way the work really ended (cancelled, or done if it was past its last safe point)
            task.progress.cancel();
        }

        @Override
        public boolean isDone() {
            Worker.State state = task.getState();
            return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
        }
    }

    private static final class WorkTask<T> extends Task<T> {

        private final Work<T> work;
        private final CancellableProgress progress = new CancellableProgress(this::report);

        WorkTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(title);
            updateProgress(-1, -1);
        }

        @Override
        protected T call() throws Exception {
            progress.checkCancelled();
            return work.run(progress);
        }

        private void report(double fraction, String message) {
            if (fraction < 0) {
                updateProgress(-1, -1);
            } else {
                updateProgress(Math.min(fraction, 1), 1);
            }
            if (message != null && !message.isBlank()) {
                updateMessage(message);
            }
        }
    }
}
