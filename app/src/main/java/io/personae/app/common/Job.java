package io.personae.app.common;

/// A handle on work given to a [TaskRunner].
public interface Job {

    String title();

    /// Asks the work to stop at its next safe point. The work then ends through the failure
    /// callback with a `CancelledException`, or through the success callback if it had already
    /// passed its last safe point: callers see what really happened to the workspace.
    void cancel();

    /// Whether the work has ended and its callback has been called.
    boolean isDone();
}
