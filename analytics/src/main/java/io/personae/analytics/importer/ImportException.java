package io.personae.analytics.importer;

import java.nio.file.Path;

/// A file could not be imported. The message names the file, where the problem is (line or
/// cell, when known) and what the user can do; the workspace was left unchanged.
public final class ImportException extends Exception {

    private final transient Path file;
    private final long line;

    /// @param file the file being read
    /// @param line 1-based line (CSV) or row (Excel) of the problem, or 0 when it is the whole file
    /// @param problem what is wrong and what to do, as a sentence
    public ImportException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ImportException(Path file, long line, String problem, Throwable cause) {
        super(describe(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /// 1-based line or row, 0 when the problem is the whole file.
    public long line() {
        return line;
    }

    private static String describe(Path file, long line, String problem) {
        String name = file == null ? "(no file)" : String.valueOf(file.getFileName());
        return line > 0 ? name + ", line " + line + ": " + problem : name + ": " + problem;
    }
}
