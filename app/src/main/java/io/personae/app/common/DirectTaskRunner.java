package io.personae.app.common;

import io.personae.analytics.progress.CancellableProgress;
import java.util.function.Consumer;

/// Runs work at once on the calling thread: for view-model tests, which then need no JavaFX
/// toolkit and no waiting. The callback has run when [#run] returns.
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancellableProgress progress = new CancellableProgress();
        Job job = new Job() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void cancel() {
                progress.cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        T result;
        try {
            result = work.run(progress);
        } catch (Exception e) {
            onFailure.accept(e);
            return job;
        }
        // decision: the callback runs outside the try so that an exception it throws (a failed
        // test assertion) propagates instead of being reported as a failure of the work.
        onSuccess.accept(result);
        return job;
    }
}
