package io.personae.analytics.workspace;

import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.PersonaEdit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/// The user's words on personas: edited names, descriptions and notes per segment identity, and
/// the labels of the actions.
///
/// decision: keyed by segment identity, not by index or run, so an edit follows its segment
/// through re-runs that find it again; the project drops edits of identities a run did not
/// carry over, so a new segment that reuses a vanished one's number starts fresh.
///
/// decision: the tables are created on first use (`IF NOT EXISTS`), like the added columns of
/// [SegmentationStore], so workspaces made before them open unchanged.
final class PersonaStore {

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS persona_edit (identity INT PRIMARY KEY, name VARCHAR(" + PersonaEdit.MAX_NAME
                + "), description VARCHAR(" + PersonaEdit.MAX_DESCRIPTION + "), notes VARCHAR(" + PersonaEdit.MAX_NOTES
                + ") NOT NULL)",
        "CREATE TABLE IF NOT EXISTS action_label (action VARCHAR(20) PRIMARY KEY, label VARCHAR("
                + ActionVocabulary.MAX_LENGTH + ") NOT NULL)",
    };

    private final Connection connection;
    private boolean prepared;

    PersonaStore(Connection connection) {
        this.connection = connection;
    }

    Map<Integer, PersonaEdit> edits() throws SQLException {
        prepare();
        Map<Integer, PersonaEdit> edits = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT identity, name, description, notes FROM persona_edit ORDER BY identity")) {
            while (rows.next()) {
                PersonaEdit edit = new PersonaEdit(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4));
                edits.put(edit.identity(), edit);
            }
        }
        return edits;
    }

    void save(PersonaEdit edit) throws SQLException {
        prepare();
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO persona_edit (identity, name, description, notes) KEY (identity) VALUES (?, ?, ?, ?)")) {
            merge.setInt(1, edit.identity());
            merge.setString(2, edit.name());
            merge.setString(3, edit.description());
            merge.setString(4, edit.notes());
            merge.executeUpdate();
        }
    }

    /// Drops the edits of every identity not in `identities`.
    void retain(Collection<Integer> identities) throws SQLException {
        prepare();
        try (PreparedStatement select = connection.prepareStatement("SELECT identity FROM persona_edit");
                ResultSet rows = select.executeQuery();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM persona_edit WHERE identity = ?")) {
            while (rows.next()) {
                int identity = rows.getInt(1);
                if (!identities.contains(identity)) {
                    delete.setInt(1, identity);
                    delete.executeUpdate();
                }
            }
        }
    }

    ActionVocabulary vocabulary() throws SQLException {
        prepare();
        Map<ActionType, String> labels = new EnumMap<>(ActionVocabulary.defaults().labels());
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT action, label FROM action_label")) {
            while (rows.next()) {
                for (ActionType type : ActionType.values()) {
                    if (type.name().equals(rows.getString(1))) {
                        labels.put(type, rows.getString(2));
                    }
                }
            }
        }
        try {
            return new ActionVocabulary(labels);
        } catch (IllegalArgumentException e) {
            // decision: labels stored by hand or by a damaged save fall back to the defaults
            // rather than making the workspace unreadable
            return ActionVocabulary.defaults();
        }
    }

    void saveVocabulary(ActionVocabulary vocabulary) throws SQLException {
        prepare();
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO action_label (action, label) KEY (action) VALUES (?, ?)")) {
            for (ActionType type : ActionType.values()) {
                merge.setString(1, type.name());
                merge.setString(2, vocabulary.label(type));
                merge.executeUpdate();
            }
        }
    }

    /// H2 commits around DDL, so this runs before a write's own statements, never between them.
    private void prepare() throws SQLException {
        if (prepared) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
        prepared = true;
    }
}
