package io.personae.analytics.workspace;

/// The workspace file could not be opened, read or written. The message names the file and
/// what to do; a failed write was rolled back.
public final class WorkspaceException extends Exception {

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
