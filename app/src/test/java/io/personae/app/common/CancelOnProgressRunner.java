package io.personae.app.common;

import io.personae.analytics.progress.CancellableProgress;
import java.util.function.Consumer;

/// Runs work on the calling thread and, once armed, presses "Cancel" as soon as the work
/// reports progress: the user cancelling while the work is under way, without timing.
public final class CancelOnProgressRunner implements TaskRunner {

    private boolean armed;

    /// The next job is cancelled at its first progress report.
    public void cancelNextJob() {
        armed = true;
    }

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        boolean cancelThis = armed;
        armed = false;
        CancellableProgress[] progress = new CancellableProgress[1];
        progress[0] = new CancellableProgress((fraction, message) -> {
            if (cancelThis) {
                progress[0].cancel();
            }
        });
        Job job = new Job() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void cancel() {
                progress[0].cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        T result;
        try {
            result = work.run(progress[0]);
        } catch (Exception e) {
            onFailure.accept(e);
            return job;
        }
        onSuccess.accept(result);
        return job;
    }
}
