package io.personae.app;

import javafx.application.Application;

/// Plain entry point for the jar and `javafx:run`.
///
/// decision: a main class that does not extend `Application`, so the app also starts from a
/// plain class path, where the JavaFX launcher would refuse an `Application` main class.
public final class Launcher {

    private Launcher() {
    }

    /// @param args `--sample` to open the bundled sample, a project file to open it, or nothing
    ///             for the most recent project
    public static void main(String[] args) {
        Application.launch(PersonaeApp.class, args);
    }
}
