package io.personae.app.common;

import io.personae.analytics.progress.ProgressMonitor;

/// A piece of work for a [TaskRunner]: runs off the JavaFX thread, reports through `progress`
/// and stops at the engine's safe points once the user cancels.
@FunctionalInterface
public interface Work<T> {

    T run(ProgressMonitor progress) throws Exception;
}
