package io.personae.analytics.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// Where a workspace lives on disk, and which workspaces this process has open.
final class WorkspaceFile {

    static final String EXTENSION = ".mv.db";
    static final String DEFAULT_NAME = "personae" + EXTENSION;

    /// decision: H2 lets a second connection in the same process share an open database
    /// silently, while another process is stopped by H2's file lock. Two windows of one app
    /// must not write the same file, so the process keeps its own list of open files.
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private WorkspaceFile() {
    }

    /// The `.mv.db` file meant by what the user chose: the file itself, a folder (which gets
    /// `personae.mv.db`, the folder made if needed) or a name without the extension.
    static Path resolve(Path chosen) throws WorkspaceException {
        Path path = chosen.toAbsolutePath().normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        Path file;
        if (name.endsWith(EXTENSION)) {
            file = path;
        } else if (Files.isDirectory(path) || name.isEmpty()) {
            file = path.resolve(DEFAULT_NAME);
        } else if (Files.exists(path)) {
            throw notAWorkspace(path);
        } else {
            file = path.resolveSibling(name + EXTENSION);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WorkspaceException("The folder " + file.getParent() + " cannot be created (" + e.getMessage()
                    + "). Choose a folder you can write to.", e);
        }
        return file;
    }

    /// The name H2 wants: the file's path without `.mv.db`.
    static String databaseName(Path file) {
        String path = file.toString();
        return path.substring(0, path.length() - EXTENSION.length());
    }

    /// The JDBC address of the workspace in `file`; `existing` when it must not be created.
    ///
    /// decision: DB_CLOSE_ON_EXIT=FALSE, the app closes the workspace itself on exit; H2's own
    /// shutdown hook could close it under a save still running on a background thread
    static String url(Path file, boolean existing) {
        return "jdbc:h2:file:" + databaseName(file) + ";DB_CLOSE_ON_EXIT=FALSE" + (existing ? ";IFEXISTS=TRUE" : "");
    }

    /// Whether the file starts like an H2 database file (`H:2,...`), before H2 is let at it.
    static boolean looksLikeH2(Path file) throws WorkspaceException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return new String(head, StandardCharsets.ISO_8859_1).startsWith("H:2,") || head.length == 0;
        } catch (IOException e) {
            throw new WorkspaceException(file.getFileName() + " cannot be read (" + e.getMessage() + "). Check that the file is there and you may read it.", e);
        }
    }

    static void claim(Path file) throws WorkspaceException {
        if (!OPEN.add(file)) {
            throw alreadyOpen(file);
        }
    }

    static void release(Path file) {
        OPEN.remove(file);
    }

    static boolean isOpen(Path file) {
        return OPEN.contains(file);
    }

    static WorkspaceException alreadyOpen(Path file) {
        return new WorkspaceException(file.getFileName() + " is open in another Personae window. Close it there first, or open another workspace.");
    }

    static WorkspaceException notAWorkspace(Path file) {
        return new WorkspaceException(file.getFileName() + " is not a Personae workspace. Choose a workspace file (" + EXTENSION
                + ") made by Personae, or a new name to create one.");
    }
}
