package io.personae.analytics.exporter;

/// An export could not be written. The message names the file and what to do; no partial file
/// was left behind.
public final class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
