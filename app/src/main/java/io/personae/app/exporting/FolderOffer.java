package io.personae.app.exporting;

import io.personae.app.common.DialogService;
import io.personae.app.common.TaskRunner;
import java.nio.file.Path;

/// "Show folder" beside the message that files were written: a press opens the folder in the
/// file manager, in the background; where the platform cannot, the path is shown to copy.
final class FolderOffer {

    static final String ACTION = "Show folder";

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FolderOpener opener;

    FolderOffer(TaskRunner runner, DialogService dialogs, FolderOpener opener) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
    }

    /// Tells the user `message`, offering to show `folder`.
    void tell(String title, String message, Path folder) {
        if (dialogs.offerAction(title, message, ACTION)) {
            show(folder);
        }
    }

    /// Opens `folder` in the file manager, or shows its path when that fails.
    void show(Path folder) {
        Path absolute = folder.toAbsolutePath();
        runner.run("Opening the folder " + absolute.getFileName(), progress -> opener.open(absolute), opened -> {
            if (!opened) {
                showPath(absolute);
            }
        }, error -> showPath(absolute));
    }

    private void showPath(Path folder) {
        dialogs.showCopyable(ACTION, "Personae could not open the folder on this computer. The files are in this"
                + " folder; copy its path to open it yourself:", folder.toString());
    }
}
