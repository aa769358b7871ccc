package io.personae.analytics.progress;

/// Thrown by engine work that stopped because the user cancelled it. Whatever the work was
/// changing is left as it was before the work started.
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Cancelled by the user; nothing was changed.");
    }
}
