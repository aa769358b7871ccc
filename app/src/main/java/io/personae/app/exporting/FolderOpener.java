package io.personae.app.exporting;

import java.nio.file.Path;

/// Opens a folder in the platform's file manager, so the user finds the files just written.
/// Behind an interface so view models are tested without a desktop.
@FunctionalInterface
public interface FolderOpener {

    /// May block while the platform starts its file manager: call it off the JavaFX thread.
    ///
    /// @return whether the platform opened the folder; `false` when it cannot open folders
    boolean open(Path folder);
}
