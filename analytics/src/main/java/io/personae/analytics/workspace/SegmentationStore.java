package io.personae.analytics.workspace;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Segmentation runs, kept as a history; the latest one is what the workspace shows.
final class SegmentationStore {

    /// decision: older runs are pruned beyond this many; each holds per-customer arrays, and a
    /// workshop that drags the slider and keeps runs all afternoon must not grow the file without bound.
    static final int HISTORY = 20;

    private final Connection connection;

    SegmentationStore(Connection connection) {
        this.connection = connection;
    }

    void save(SegmentationResult result, List<Persona> personas) throws SQLException {
        String sql = "INSERT INTO segmentation (k, seed, restarts, max_iterations, fingerprint, inertia, iterations, feature_names,"
                + " persona_names, centroids, assignment, projection_x, projection_y, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        SegmentationOptions options = result.options();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setInt(1, options.k());
            insert.setLong(2, options.seed());
            insert.setInt(3, options.restarts());
            insert.setInt(4, options.maxIterations());
            insert.setString(5, result.fingerprint());
            insert.setDouble(6, result.inertia());
            insert.setInt(7, result.iterations());
            insert.setArray(8, connection.createArrayOf("VARCHAR", result.featureNames().toArray()));
            insert.setArray(9, connection.createArrayOf("VARCHAR", personas.stream().map(Persona::name).toArray()));
            insert.setBytes(10, Packing.matrix(result.centroids()));
            insert.setBytes(11, Packing.ints(result.assignment()));
            setFloats(insert, 12, result.projectionX());
            setFloats(insert, 13, result.projectionY());
            insert.setObject(14, OffsetDateTime.ofInstant(result.createdAt(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (Statement prune = connection.createStatement()) {
            prune.executeUpdate("DELETE FROM segmentation WHERE id NOT IN (SELECT id FROM segmentation ORDER BY id DESC LIMIT " + HISTORY + ")");
        }
    }

    Optional<SegmentationResult> loadLatest() throws SQLException {
        String sql = "SELECT k, seed, restarts, max_iterations, fingerprint, inertia, iterations, feature_names,"
                + " centroids, assignment, projection_x, projection_y, created_at FROM segmentation ORDER BY id DESC LIMIT 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            SegmentationOptions options = new SegmentationOptions(rows.getInt(1), rows.getLong(2), rows.getInt(3), rows.getInt(4));
            return Optional.of(new SegmentationResult(
                    options,
                    strings(rows.getArray(8)),
                    Packing.ints(rows.getBytes(10)),
                    Packing.matrix(rows.getBytes(9)),
                    rows.getDouble(6),
                    rows.getInt(7),
                    floats(rows.getBytes(11)),
                    floats(rows.getBytes(12)),
                    rows.getString(5),
                    rows.getObject(13, OffsetDateTime.class).toInstant()));
        }
    }

    /// The persona names stored with the latest run; empty when there is none.
    List<String> latestPersonaNames() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT persona_names FROM segmentation ORDER BY id DESC LIMIT 1")) {
            return rows.next() ? strings(rows.getArray(1)) : List.of();
        }
    }

    private static void setFloats(PreparedStatement insert, int index, float[] values) throws SQLException {
        if (values == null) {
            insert.setNull(index, Types.BLOB);
        } else {
            insert.setBytes(index, Packing.floats(values));
        }
    }

    private static float[] floats(byte[] bytes) {
        return bytes == null ? null : Packing.floats(bytes);
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
