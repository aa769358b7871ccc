package io.personae.app.common;

import io.personae.analytics.progress.CancelledException;

/// Tells a cancellation apart from a failure worth reporting.
public final class CancelledJob {

    private CancelledJob() {
    }

    /// Whether `error` (or what it wraps) means the user cancelled the work.
    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CancelledException) {
                return true;
            }
        }
        return false;
    }
}
