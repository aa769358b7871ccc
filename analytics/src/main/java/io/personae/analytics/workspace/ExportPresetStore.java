package io.personae.analytics.workspace;

import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.SavedPreset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/// The export presets users saved under their own names.
///
/// decision: keyed by the lower-cased name, so "Spring" replaces "spring" rather than standing
/// beside it in the preset list.
final class ExportPresetStore {

    private static final String TABLE = "CREATE TABLE IF NOT EXISTS export_preset (name_key VARCHAR("
            + SavedPreset.MAX_NAME + ") PRIMARY KEY, name VARCHAR(" + SavedPreset.MAX_NAME
            + ") NOT NULL, base VARCHAR(20) NOT NULL, extra_columns VARCHAR ARRAY NOT NULL)";

    private final Connection connection;
    private boolean prepared;

    ExportPresetStore(Connection connection) {
        this.connection = connection;
    }

    /// The saved presets, by name.
    List<SavedPreset> all() throws SQLException {
        prepare();
        List<SavedPreset> presets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, base, extra_columns FROM export_preset ORDER BY name_key")) {
            while (rows.next()) {
                List<String> columns = Arrays.stream((Object[]) rows.getArray(3).getArray()).map(String::valueOf).toList();
                presets.add(new SavedPreset(rows.getString(1), ExportPreset.valueOf(rows.getString(2)), columns));
            }
        }
        return presets;
    }

    void save(SavedPreset preset) throws SQLException {
        prepare();
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO export_preset (name_key, name, base, extra_columns) KEY (name_key) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, key(preset.name()));
            merge.setString(2, preset.name());
            merge.setString(3, preset.base().name());
            merge.setArray(4, connection.createArrayOf("VARCHAR", preset.columns().toArray()));
            merge.executeUpdate();
        }
    }

    /// Deletes the preset of this name (ignoring case); whether there was one.
    boolean delete(String name) throws SQLException {
        prepare();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM export_preset WHERE name_key = ?")) {
            delete.setString(1, key(name));
            return delete.executeUpdate() > 0;
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private void prepare() throws SQLException {
        if (prepared) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        prepared = true;
    }
}
