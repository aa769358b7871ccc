package io.personae.analytics.workspace;

import io.personae.analytics.personas.Persona;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmCutPointsText;
import io.personae.analytics.segmentation.Scaling;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/// Segmentation runs, kept as a history; the latest one is what the workspace shows.
///
/// Each run keeps its full options (method, features with their scaling, categories, what was
/// done with gaps, RFM cut points, seed, restarts, iterations), so running them again on the
/// same data gives the same segments, plus the segment identities and method labels.
final class SegmentationStore {

    /// decision: older runs are pruned beyond this many; each holds per-customer arrays, and a
    /// workshop that drags the slider and keeps runs all afternoon must not grow the file without bound.
    static final int HISTORY = 20;

    /// Columns added after the first release of the table, with their types.
    ///
    /// decision: added here with `ADD COLUMN IF NOT EXISTS` the first time the store is used,
    /// rather than by a schema version bump: workspaces made before these columns existed open
    /// as they are, their old rows read with the defaults of the time (k-means, every feature,
    /// median, identities in segment order), and no other part of the schema has to change with it.
    private static final String[][] ADDED_COLUMNS = {
        {"method", "VARCHAR(40)"},
        {"feature_choices", "VARCHAR ARRAY"},
        {"category_names", "VARCHAR ARRAY"},
        {"missing_values", "VARCHAR(40)"},
        {"rfm_options", "VARCHAR"},
        {"rfm_cut_points", "VARCHAR"},
        {"identities", "VARBINARY"},
        {"method_labels", "VARCHAR ARRAY"},
    };

    private final Connection connection;
    private boolean upgraded;

    SegmentationStore(Connection connection) {
        this.connection = connection;
    }

    void save(SegmentationResult result, List<Persona> personas) throws SQLException {
        upgrade();
        String sql = "INSERT INTO segmentation (k, seed, restarts, max_iterations, fingerprint, inertia, iterations, feature_names,"
                + " persona_names, centroids, assignment, projection_x, projection_y, created_at, method, feature_choices,"
                + " category_names, missing_values, rfm_options, rfm_cut_points, identities, method_labels)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        SegmentationOptions options = result.options();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setInt(1, options.k());
            insert.setLong(2, options.seed());
            insert.setInt(3, options.restarts());
            insert.setInt(4, options.maxIterations());
            insert.setString(5, result.fingerprint());
            insert.setDouble(6, result.inertia());
            insert.setInt(7, result.iterations());
            insert.setArray(8, strings(result.featureNames()));
            insert.setArray(9, strings(personas.stream().map(Persona::name).toList()));
            insert.setBytes(10, Packing.matrix(result.centroids()));
            insert.setBytes(11, Packing.ints(result.assignment()));
            setFloats(insert, 12, result.projectionX());
            setFloats(insert, 13, result.projectionY());
            insert.setObject(14, OffsetDateTime.ofInstant(result.createdAt(), ZoneOffset.UTC));
            insert.setString(15, options.method().name());
            insert.setArray(16, strings(options.features().stream().map(SegmentationStore::choiceText).toList()));
            insert.setArray(17, strings(options.categories()));
            insert.setString(18, options.missing().name());
            insert.setString(19, options.rfmCutPoints() == null ? null : RfmCutPointsText.format(options.rfmCutPoints()));
            insert.setString(20, result.rfmCutPoints() == null ? null : RfmCutPointsText.format(result.rfmCutPoints()));
            insert.setBytes(21, Packing.ints(result.identities()));
            insert.setArray(22, strings(result.labels()));
            insert.executeUpdate();
        }
        try (Statement prune = connection.createStatement()) {
            prune.executeUpdate("DELETE FROM segmentation WHERE id NOT IN (SELECT id FROM segmentation ORDER BY id DESC LIMIT " + HISTORY + ")");
        }
    }

    Optional<SegmentationResult> loadLatest() throws SQLException {
        upgrade();
        String sql = "SELECT k, seed, restarts, max_iterations, fingerprint, inertia, iterations, feature_names,"
                + " centroids, assignment, projection_x, projection_y, created_at, method, feature_choices, category_names,"
                + " missing_values, rfm_options, rfm_cut_points, identities, method_labels"
                + " FROM segmentation ORDER BY id DESC LIMIT 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            SegmentationOptions options = new SegmentationOptions(rows.getInt(1), rows.getLong(2), rows.getInt(3),
                    rows.getInt(4), method(rows.getString(14)), choices(rows.getArray(15)), orEmpty(rows.getArray(16)),
                    missing(rows.getString(17)), cutPoints(rows.getString(18)));
            double[][] centroids = Packing.matrix(rows.getBytes(9));
            byte[] identities = rows.getBytes(20);
            return Optional.of(new SegmentationResult(
                    options,
                    strings(rows.getArray(8)),
                    Packing.ints(rows.getBytes(10)),
                    centroids,
                    rows.getDouble(6),
                    rows.getInt(7),
                    floats(rows.getBytes(11)),
                    floats(rows.getBytes(12)),
                    rows.getString(5),
                    rows.getObject(13, OffsetDateTime.class).toInstant(),
                    identities == null ? IntStream.range(0, centroids.length).toArray() : Packing.ints(identities),
                    orEmpty(rows.getArray(21)),
                    cutPoints(rows.getString(19))));
        }
    }

    /// The persona names stored with the latest run; empty when there is none.
    List<String> latestPersonaNames() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT persona_names FROM segmentation ORDER BY id DESC LIMIT 1")) {
            return rows.next() ? strings(rows.getArray(1)) : List.of();
        }
    }

    /// Adds the columns of [#ADDED_COLUMNS] a workspace does not have yet. H2 commits around DDL,
    /// so this runs before a save's own statements, never between them.
    private void upgrade() throws SQLException {
        if (upgraded) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] column : ADDED_COLUMNS) {
                statement.execute("ALTER TABLE segmentation ADD COLUMN IF NOT EXISTS " + column[0] + " " + column[1]);
            }
        }
        upgraded = true;
    }

    /// `SCALING:feature name`; the scaling never holds a colon, so the first one splits.
    private static String choiceText(FeatureChoice choice) {
        return choice.scaling().name() + ":" + choice.feature();
    }

    private static List<FeatureChoice> choices(Array array) throws SQLException {
        List<FeatureChoice> choices = new ArrayList<>();
        for (String text : orEmpty(array)) {
            int colon = text.indexOf(':');
            choices.add(new FeatureChoice(text.substring(colon + 1), Scaling.valueOf(text.substring(0, colon))));
        }
        return choices;
    }

    private static Method method(String name) {
        return name == null ? Method.KMEANS : Method.valueOf(name);
    }

    private static MissingValues missing(String name) {
        return name == null ? MissingValues.MEDIAN : MissingValues.valueOf(name);
    }

    private static RfmCutPoints cutPoints(String text) {
        return text == null ? null : RfmCutPointsText.parse(text);
    }

    private Array strings(List<String> values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray());
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

    private static List<String> orEmpty(Array array) throws SQLException {
        return array == null ? List.of() : strings(array);
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
