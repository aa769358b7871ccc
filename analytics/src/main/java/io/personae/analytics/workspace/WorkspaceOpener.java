package io.personae.analytics.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/// Opening a workspace file: claiming it for this process, connecting to H2, bringing the
/// schema up to date, and telling the user in plain words why a file would not open.
///
/// Kept apart from [Workspace] so that class is only about reading and writing an open one.
final class WorkspaceOpener {

    private static final String USER = "personae";
    /// H2's codes for "the file is locked by another process", "wrong user or password",
    /// "file corrupted" and "unsupported file format"
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;

    private WorkspaceOpener() {
    }

    /// See [Workspace#open(Path)].
    static Workspace open(Path file) throws WorkspaceException {
        Path resolved = WorkspaceFile.resolve(file);
        WorkspaceFile.claim(resolved);
        try {
            return connect(resolved);
        } catch (WorkspaceException | RuntimeException e) {
            WorkspaceFile.release(resolved);
            throw e;
        }
    }

    /// A further connection to a workspace already open, for work that must not hold the
    /// workspace's own connection (see [Workspace#replaceData]).
    static Connection connection(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, "");
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to save
        }
    }

    private static Workspace connect(Path file) throws WorkspaceException {
        boolean existed = Files.exists(file);
        if (existed && !WorkspaceFile.looksLikeH2(file)) {
            throw WorkspaceFile.notAWorkspace(file);
        }
        String url = WorkspaceFile.url(file, existed);
        Connection connection;
        try {
            connection = connection(url);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        try {
            Schema.prepare(connection, file, existed);
            Workspace workspace = new Workspace(file, WorkspaceFile.url(file, true), connection);
            DataSetTables.dropUnused(connection);
            return workspace;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new WorkspaceException(file.getFileName() + " could not be opened (" + e.getMessage() + ").", e);
        } catch (WorkspaceException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static WorkspaceException openFailure(Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> new WorkspaceException(WorkspaceFile.alreadyOpen(file).getMessage(), e);
            case WRONG_USER_OR_PASSWORD, FILE_VERSION_ERROR -> new WorkspaceException(WorkspaceFile.notAWorkspace(file).getMessage(), e);
            case FILE_CORRUPTED -> new WorkspaceException(file.getFileName() + " is damaged and cannot be opened. Open a copy saved earlier.", e);
            default -> new WorkspaceException(file.getFileName() + " could not be opened (" + e.getMessage() + ").", e);
        };
    }
}
