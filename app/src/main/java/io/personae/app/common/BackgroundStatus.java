package io.personae.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/// What the background is doing, for the status bar: whether work runs, how far the newest job
/// is and what it says. The Cancel button calls [#cancelAll()].
///
/// Used on the JavaFX thread only.
public final class BackgroundStatus {

    private record Active(Job job, ObservableDoubleValue progress, ObservableStringValue message) {
    }

    private final List<Active> active = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /// A job was handed to the worker; it counts as running until [#finished] is called.
    public void started(Job job, ObservableDoubleValue jobProgress, ObservableStringValue jobMessage) {
        active.add(new Active(job, jobProgress, jobMessage));
        showNewest();
    }

    public void finished(Job job) {
        active.removeIf(a -> a.job() == job);
        showNewest();
    }

    /// Cancels every running or waiting job.
    public void cancelAll() {
        List.copyOf(active).forEach(a -> a.job().cancel());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /// 0..1, or -1 while the newest job cannot tell how far it is.
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void showNewest() {
        progress.unbind();
        message.unbind();
        if (active.isEmpty()) {
            progress.set(0);
            message.set("");
            running.set(false);
        } else {
            // decision: show the newest job; older ones are usually being cancelled in its favour
            Active newest = active.getLast();
            progress.bind(newest.progress());
            message.bind(newest.message());
            running.set(true);
        }
    }
}
