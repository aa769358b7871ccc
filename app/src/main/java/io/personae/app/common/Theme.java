package io.personae.app.common;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/// The one stylesheet, `personae.css`: colours, spacing, card style and type large enough for a
/// projector.
public final class Theme {

    private static final String STYLESHEET = Objects.requireNonNull(Theme.class.getResource("personae.css"),
            "personae.css is missing from the application").toExternalForm();

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
        scene.getRoot().getStyleClass().add(Styles.ROOT);
    }

    /// For dialogs, whose panes live in scenes of their own.
    public static void apply(Parent pane) {
        pane.getStylesheets().add(STYLESHEET);
        pane.getStyleClass().add(Styles.ROOT);
    }
}
