package io.personae.analytics.workspace;

import io.personae.analytics.importer.ColumnQuality;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.importer.RejectedRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The data quality report of each import, beside its import record: `import_quality` (the
/// counts), `import_quality_column` (one row per column of the file) and `import_quality_line`
/// (rejection reasons with their counts, the first rejected rows with their line, cleaning
/// steps and notes, in order).
///
/// decision: the tables are made by this store when first needed, not by [Schema]: a workspace
/// saved before reports were kept opens unchanged and simply has no report for its import.
/// They are made before the import's transaction starts, since H2 commits on `CREATE TABLE`.
final class QualityStore {

    private static final String[] TABLES = {
        """
        CREATE TABLE IF NOT EXISTS import_quality (
            import_id BIGINT PRIMARY KEY,
            rows_read BIGINT NOT NULL,
            rows_rejected BIGINT NOT NULL,
            duplicate_rows BIGINT NOT NULL,
            duplicate_customers BIGINT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS import_quality_column (
            import_id BIGINT NOT NULL,
            position INT NOT NULL,
            name VARCHAR NOT NULL,
            type VARCHAR(20) NOT NULL,
            missing_share DOUBLE PRECISION NOT NULL,
            distinct_count BIGINT NOT NULL,
            distinct_capped BOOLEAN NOT NULL,
            min_value VARCHAR,
            max_value VARCHAR,
            outliers BIGINT NOT NULL,
            invalid_emails BIGINT NOT NULL,
            PRIMARY KEY (import_id, position))""",
        """
        CREATE TABLE IF NOT EXISTS import_quality_line (
            import_id BIGINT NOT NULL,
            position INT NOT NULL,
            kind VARCHAR(10) NOT NULL,
            text VARCHAR NOT NULL,
            figure BIGINT NOT NULL,
            PRIMARY KEY (import_id, position))""",
    };

    private static final String REASON = "reason";
    private static final String REJECTED = "rejected";
    private static final String STEP = "step";
    private static final String NOTE = "note";

    private final Connection connection;

    QualityStore(Connection connection) {
        this.connection = connection;
    }

    /// Makes the tables if this workspace has none yet; outside any transaction.
    void prepare() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
    }

    /// Keeps `report` as the report of import `importId`; part of the caller's transaction.
    void save(long importId, QualityReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_quality"
                + " (import_id, rows_read, rows_rejected, duplicate_rows, duplicate_customers) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, importId);
            insert.setLong(2, report.rowsRead());
            insert.setLong(3, report.rowsRejected());
            insert.setLong(4, report.duplicateRows());
            insert.setLong(5, report.duplicateCustomers());
            insert.executeUpdate();
        }
        saveColumns(importId, report.columns());
        saveLines(importId, report);
    }

    private void saveColumns(long importId, List<ColumnQuality> columns) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_quality_column (import_id, position, name,"
                + " type, missing_share, distinct_count, distinct_capped, min_value, max_value, outliers, invalid_emails)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < columns.size(); c++) {
                ColumnQuality column = columns.get(c);
                insert.setLong(1, importId);
                insert.setInt(2, c);
                insert.setString(3, column.name());
                insert.setString(4, column.type());
                insert.setDouble(5, column.missingShare());
                insert.setLong(6, column.distinct());
                insert.setBoolean(7, column.distinctCapped());
                insert.setString(8, column.min());
                insert.setString(9, column.max());
                insert.setLong(10, column.outliers());
                insert.setLong(11, column.invalidEmails());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void saveLines(long importId, QualityReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_quality_line (import_id, position, kind, text, figure) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, Long> reason : report.rejectionReasons().entrySet()) {
                addLine(insert, importId, position++, REASON, reason.getKey(), reason.getValue());
            }
            for (RejectedRow row : report.rejectedRows()) {
                addLine(insert, importId, position++, REJECTED, row.reason(), row.line());
            }
            for (String step : report.steps()) {
                addLine(insert, importId, position++, STEP, step, 0);
            }
            for (String note : report.notes()) {
                addLine(insert, importId, position++, NOTE, note, 0);
            }
            insert.executeBatch();
        }
    }

    private static void addLine(PreparedStatement insert, long importId, int position, String kind, String text, long figure)
            throws SQLException {
        insert.setLong(1, importId);
        insert.setInt(2, position);
        insert.setString(3, kind);
        insert.setString(4, text);
        insert.setLong(5, figure);
        insert.addBatch();
    }

    /// The report of import `importId`; empty for an import made before reports were kept.
    Optional<QualityReport> load(long importId) throws SQLException {
        if (!hasTables()) {
            return Optional.empty();
        }
        long[] counts = new long[4];
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rows_read, rows_rejected, duplicate_rows, duplicate_customers FROM import_quality WHERE import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = row.getLong(i + 1);
                }
            }
        }
        Map<String, Long> reasons = new LinkedHashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, text, figure FROM import_quality_line WHERE import_id = ? ORDER BY position")) {
            select.setLong(1, importId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2);
                    long figure = rows.getLong(3);
                    switch (rows.getString(1)) {
                        case REASON -> reasons.put(text, figure);
                        case REJECTED -> rejected.add(new RejectedRow(figure, text));
                        case STEP -> steps.add(text);
                        default -> notes.add(text);
                    }
                }
            }
        }
        return Optional.of(new QualityReport(counts[0], counts[1], reasons, rejected, loadColumns(importId), counts[2], counts[3],
                steps, notes));
    }

    private List<ColumnQuality> loadColumns(long importId) throws SQLException {
        List<ColumnQuality> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name, type, missing_share, distinct_count,"
                + " distinct_capped, min_value, max_value, outliers, invalid_emails FROM import_quality_column"
                + " WHERE import_id = ? ORDER BY position")) {
            select.setLong(1, importId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(new ColumnQuality(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getLong(4),
                            rows.getBoolean(5), rows.getString(6), rows.getString(7), rows.getLong(8), rows.getLong(9)));
                }
            }
        }
        return columns;
    }

    private boolean hasTables() throws SQLException {
        try (ResultSet found = connection.getMetaData().getTables(null, "PUBLIC", "IMPORT_QUALITY", new String[] {"TABLE"})) {
            return found.next();
        }
    }
}
