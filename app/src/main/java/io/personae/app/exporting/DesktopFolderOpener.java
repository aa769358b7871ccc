package io.personae.app.exporting;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/// [FolderOpener] through `java.awt.Desktop`, which hands the folder to the platform's file
/// manager (Finder, Explorer, or what `xdg-open` picks); nothing goes over the network.
///
/// decision: `Desktop` rather than JavaFX's `HostServices.showDocument`, which has no way to say
/// it failed and on Linux falls back to starting a web browser on the folder's address; here a
/// platform that cannot open folders answers `false` and the user gets the path to copy.
public final class DesktopFolderOpener implements FolderOpener {

    @Override
    public boolean open(Path folder) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop desktop = Desktop.getDesktop();
        if (!desktop.isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        try {
            desktop.open(folder.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
