package io.personae.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The questions and messages view models put to the user. Behind an interface so view models
/// can be tested with prepared answers; the window uses [FxDialogService].
public interface DialogService {

    /// @return the chosen file, or empty when the user cancelled
    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /// @param suggestedName file name offered first
    /// @return the chosen file (the chooser has already asked before replacing one), or empty
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /// An error the user can act on; the message says what happened and what to do.
    void showError(String title, String message);

    void showInformation(String title, String message);

    /// @return whether the user agreed
    boolean confirm(String title, String message);

    /// An information with a follow-up the user may want, as a second button ("Show folder").
    ///
    /// @return whether the user pressed `action` rather than OK
    default boolean offerAction(String title, String message, String action) {
        showInformation(title, message);
        return false;
    }

    /// An information with `text` the user may want to copy (a path), shown selectable.
    default void showCopyable(String title, String message, String text) {
        showInformation(title, message + "\n\n" + text);
    }
}
