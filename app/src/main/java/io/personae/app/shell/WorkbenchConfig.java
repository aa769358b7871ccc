package io.personae.app.shell;

import io.personae.app.common.DialogService;
import io.personae.app.common.FxDialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.stage.Window;

/// Where the workbench keeps things and how it asks the user; tests pass their own.
///
/// @param dataFolder  where untitled projects are created
/// @param preferences where the recent projects are remembered
/// @param dialogs     how view models ask and tell the user
public record WorkbenchConfig(Path dataFolder, Preferences preferences, DialogService dialogs) {

    public WorkbenchConfig {
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(dialogs, "dialogs");
    }

    /// The user's own folders and preferences, with real dialogs over `owner`.
    public static WorkbenchConfig forUser(Window owner) {
        return new WorkbenchConfig(userDataFolder(), Preferences.userNodeForPackage(WorkbenchConfig.class), new FxDialogService(owner));
    }

    /// The platform's place for application data: `%APPDATA%\Personae`, `~/Library/Application
    /// Support/Personae`, or `$XDG_DATA_HOME/personae` (`~/.local/share/personae`).
    static Path userDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Personae");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Personae");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("personae");
    }
}
