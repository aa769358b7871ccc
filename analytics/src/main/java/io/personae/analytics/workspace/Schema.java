package io.personae.analytics.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/// The tables of a workspace and their version.
///
/// The `meta` table marks a file as ours: an H2 file without it belongs to another program
/// and is refused rather than written into. The tables holding the imported rows (orders,
/// customers, features, categories) are made per import by [DataSetTables].
final class Schema {

    static final int VERSION = 1;
    static final String APPLICATION = "Personae";

    private static final String[] TABLES = {
        "CREATE TABLE meta (name VARCHAR(100) PRIMARY KEY, text_value VARCHAR NOT NULL)",
        """
        CREATE TABLE import_record (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            file_path VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            kind VARCHAR(20) NOT NULL,
            rows_read BIGINT NOT NULL,
            rows_skipped BIGINT NOT NULL,
            customers INT NOT NULL,
            options VARCHAR NOT NULL,
            imported_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)""",
        "CREATE TABLE feature (position INT PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR(20) NOT NULL, revenue BOOLEAN NOT NULL)",
        """
        CREATE TABLE segmentation (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            k INT NOT NULL,
            seed BIGINT NOT NULL,
            restarts INT NOT NULL,
            max_iterations INT NOT NULL,
            fingerprint VARCHAR,
            inertia DOUBLE PRECISION NOT NULL,
            iterations INT NOT NULL,
            feature_names VARCHAR ARRAY NOT NULL,
            persona_names VARCHAR ARRAY NOT NULL,
            centroids VARBINARY NOT NULL,
            assignment BLOB NOT NULL,
            projection_x BLOB,
            projection_y BLOB,
            created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)""",
    };

    private Schema() {
    }

    /// Creates the tables in a new file, or checks that an existing file is a workspace this
    /// version can read.
    static void prepare(Connection connection, Path file, boolean existed) throws SQLException, WorkspaceException {
        if (!existed || !hasTable(connection, "META") && !hasAnyTable(connection)) {
            create(connection);
            return;
        }
        if (!hasTable(connection, "META") || !APPLICATION.equals(meta(connection, "application").orElse(null))) {
            throw WorkspaceFile.notAWorkspace(file);
        }
        int version = Integer.parseInt(meta(connection, "schema_version").orElse("0"));
        if (version > VERSION) {
            throw new WorkspaceException(file.getFileName() + " was made by a newer version of Personae (workspace version " + version
                    + "). Update Personae to open it.");
        }
    }

    static Optional<String> meta(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT text_value FROM meta WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void setMeta(Connection connection, String name, String value) throws SQLException {
        try (var statement = connection.prepareStatement("MERGE INTO meta (name, text_value) KEY (name) VALUES (?, ?)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.executeUpdate();
        }
    }

    private static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
        setMeta(connection, "application", APPLICATION);
        setMeta(connection, "schema_version", Integer.toString(VERSION));
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", name, null)) {
            return tables.next();
        }
    }

    private static boolean hasAnyTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
