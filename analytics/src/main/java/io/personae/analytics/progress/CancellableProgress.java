package io.personae.analytics.progress;

import java.util.Objects;
import java.util.function.BiConsumer;

/// A [ProgressMonitor] with a cancel switch, forwarding updates to a listener.
///
/// The flag is volatile: the user cancels from one thread while the work runs on another.
public final class CancellableProgress implements ProgressMonitor {

    private final BiConsumer<Double, String> listener;
    private volatile boolean cancelled;

    public CancellableProgress(BiConsumer<Double, String> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    public CancellableProgress() {
        this((fraction, message) -> {});
    }

    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void update(double fraction, String message) {
        listener.accept(fraction, message);
    }
}
