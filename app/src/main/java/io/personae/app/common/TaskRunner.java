package io.personae.app.common;

import java.util.function.Consumer;

/// The one way the app runs work that may take a while (reading files, the engine, H2).
///
/// The JavaFX implementation runs work on a background thread and calls exactly one of the
/// callbacks on the JavaFX thread; the direct one runs everything on the calling thread so view
/// models can be tested without a toolkit.
public interface TaskRunner {

    /// @param title     what the work does, in words for the status bar ("Importing orders.csv")
    /// @param onSuccess receives the work's result
    /// @param onFailure receives what the work threw; a `CancelledException` when the user cancelled
    <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
