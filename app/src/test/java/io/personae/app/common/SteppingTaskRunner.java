package io.personae.app.common;

import io.personae.analytics.progress.CancellableProgress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/// A [TaskRunner] whose jobs wait until the test runs them, so a test can change things while a
/// job is "running". Like the real runner, a job cancelled before it starts never runs its work.
public final class SteppingTaskRunner implements TaskRunner {

    private final Deque<Step<?>> waiting = new ArrayDeque<>();
    private final List<String> ran = new ArrayList<>();

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Step<T> step = new Step<>(title, work, onSuccess, onFailure);
        waiting.add(step);
        return step;
    }

    /// Runs waiting jobs, and the jobs they start, until none is left.
    public void runAll() {
        while (!waiting.isEmpty()) {
            waiting.poll().execute();
        }
    }

    /// Runs the oldest waiting job only (the jobs it starts wait).
    public void runOne() {
        waiting.poll().execute();
    }

    /// Cancels every waiting job.
    public void cancelAll() {
        waiting.forEach(Step::cancel);
    }

    /// Titles of the jobs whose work ran, in order.
    public List<String> ran() {
        return ran;
    }

    public int waiting() {
        return waiting.size();
    }

    private final class Step<T> implements Job {

        private final String title;
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private final CancellableProgress progress = new CancellableProgress();
        private boolean done;

        Step(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void execute() {
            T result;
            try {
                progress.checkCancelled();
                ran.add(title);
                result = work.run(progress);
            } catch (Exception e) {
                done = true;
                onFailure.accept(e);
                return;
            }
            done = true;
            onSuccess.accept(result);
        }

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
            return done;
        }
    }
}
