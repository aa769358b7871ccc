package io.personae.app.importing;

import io.personae.app.common.Job;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.Work;
import java.util.function.Consumer;

/// Background reads that only the latest request matters for: the preview after each change
/// of a setting, the check of the whole file after each change of a role.
///
/// One read runs at a time. A request made while one runs cancels it (the engine stops at its
/// next safe point) and waits; a later request replaces the waiting one. Results of anything
/// but the latest request are dropped, so a user flicking through delimiters costs at most the
/// read in progress plus one, and never sees an older preview after a newer one.
final class LatestRequest<T> {

    private record Request<T>(long number, String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
    }

    private final TaskRunner runner;
    private long latest;
    private boolean inFlight;
    private Job running;
    private Request<T> waiting;

    LatestRequest(TaskRunner runner) {
        this.runner = runner;
    }

    /// Asks for `work`; exactly one of the callbacks is called, on the JavaFX thread, unless a
    /// later request or [#cancel] comes first.
    void submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Request<T> request = new Request<>(++latest, title, work, onSuccess, onFailure);
        if (inFlight) {
            waiting = request;
            if (running != null) {
                running.cancel();
            }
            return;
        }
        start(request);
    }

    /// Drops the waiting request and stops the running one; no callback follows.
    void cancel() {
        latest++;
        waiting = null;
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    /// Whether a request is being worked on or waits.
    boolean busy() {
        return inFlight || waiting != null;
    }

    private void start(Request<T> request) {
        inFlight = true;
        Job job = runner.run(request.title(), request.work(),
                result -> finish(request, () -> request.onSuccess().accept(result)),
                error -> finish(request, () -> request.onFailure().accept(error)));
        // a direct runner has called back already; a background one has not
        running = job.isDone() ? null : job;
    }

    private void finish(Request<T> request, Runnable deliver) {
        inFlight = false;
        running = null;
        Request<T> next = waiting;
        waiting = null;
        if (request.number() == latest) {
            deliver.run();
        }
        if (next != null && next.number() == latest) {
            start(next);
        }
    }
}
