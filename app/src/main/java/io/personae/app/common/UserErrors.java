package io.personae.app.common;

import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/// Turns a failure into a message for the user: the engine's own words for the problems it
/// explains, a short note otherwise. The stack trace goes to the log, never to the user.
public final class UserErrors {

    private static final System.Logger LOG = System.getLogger(UserErrors.class.getName());

    private UserErrors() {
    }

    /// Logs `error` and shows it in an error dialog titled `title`.
    public static void report(DialogService dialogs, String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (isExplained(cause)) {
            LOG.log(Level.WARNING, title + ": " + cause.getMessage());
        } else {
            LOG.log(Level.ERROR, title, cause);
        }
        dialogs.showError(title, describe(cause));
    }

    /// The message shown for `error`.
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (isExplained(cause) && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (cause instanceof IOException) {
            return "A file could not be read or written (" + cause.getMessage() + "). Check that it exists and that you may write to its folder.";
        }
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName()
                + "). Nothing was changed; the details are in the log.";
    }

    /// Whether `error` says the user's input was refused (a name taken, a text too long): shown
    /// beside the input rather than in a dialog.
    public static boolean isRefusedInput(Throwable error) {
        return unwrap(error) instanceof IllegalArgumentException;
    }

    private static boolean isExplained(Throwable error) {
        return error instanceof ImportException || error instanceof WorkspaceException || error instanceof SegmentationException
                || error instanceof ExportException || error instanceof IllegalArgumentException;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
