package io.personae.analytics.workspace;

import io.personae.analytics.progress.ProgressMonitor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/// Loads many rows into a table not in use yet: several rows per statement
/// (`INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...`), batched, committed every [#COMMIT_ROWS]
/// rows, with a cancel check and a progress report after each commit.
///
/// decision: multi-row statements rather than one row per batch entry. H2 runs every batch entry
/// as a statement of its own (parameter checks, statement start and end, a transaction mark);
/// with 100 rows a statement that work is paid once per 100 rows. Measured on 931,000 orders
/// (docs/performance.md): about a third less CPU than 5,000-row batches of single-row inserts.
/// `INSERT ... DIRECT SELECT * FROM UNNEST(?, ?, ?)` with array parameters was slower (H2
/// converts every array element to a value first), and a larger page cache did not help.
final class BulkInsert {

    /// Rows between commits: H2 slows down badly on one transaction of a million rows, and a
    /// cancel is noticed within one such step.
    static final int COMMIT_ROWS = 5_000;
    /// H2 parses and keeps every statement; beyond a few hundred parameters a longer one gains little.
    private static final int MAX_PARAMETERS = 600;
    private static final int MAX_ROWS_PER_STATEMENT = 100;

    /// Sets the values of row `row` on `insert`, the first one at parameter `first`.
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement insert, int first, int row) throws SQLException;
    }

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int columnCount;
    private final int rowsPerStatement;

    /// @param columns the column list, `"(a, b, c)"`
    BulkInsert(Connection connection, String table, String columns, int columnCount) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.columnCount = columnCount;
        this.rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, MAX_PARAMETERS / columnCount));
    }

    /// Inserts rows `0..rows-1`; the connection must not be in auto-commit mode.
    ///
    /// @param what names the rows in progress messages ("orders")
    void insert(int rows, RowBinder binder, ProgressMonitor progress, String what) throws SQLException {
        Map<Integer, PreparedStatement> statements = new HashMap<>();
        try {
            for (int from = 0; from < rows; from += COMMIT_ROWS) {
                int to = Math.min(rows, from + COMMIT_ROWS);
                insertRange(statements, from, to, binder);
                connection.commit();
                progress.checkCancelled();
                progress.update(to / (double) rows, "Saving " + what + ": " + to + " of " + rows);
            }
        } finally {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }

    private void insertRange(Map<Integer, PreparedStatement> statements, int from, int to, RowBinder binder) throws SQLException {
        int row = from;
        if (to - row >= rowsPerStatement) {
            PreparedStatement full = statement(statements, rowsPerStatement);
            for (; to - row >= rowsPerStatement; row += rowsPerStatement) {
                for (int r = 0; r < rowsPerStatement; r++) {
                    binder.bind(full, r * columnCount + 1, row + r);
                }
                full.addBatch();
            }
            full.executeBatch();
        }
        if (row < to) {
            PreparedStatement rest = statement(statements, to - row);
            for (int r = 0; row + r < to; r++) {
                binder.bind(rest, r * columnCount + 1, row + r);
            }
            rest.executeUpdate();
        }
    }

    private PreparedStatement statement(Map<Integer, PreparedStatement> statements, int rows) throws SQLException {
        PreparedStatement statement = statements.get(rows);
        if (statement == null) {
            String row = "(?" + ", ?".repeat(columnCount - 1) + ")";
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(' ').append(columns).append(" VALUES ").append(row);
            sql.append((", " + row).repeat(rows - 1));
            statement = connection.prepareStatement(sql.toString());
            statements.put(rows, statement);
        }
        return statement;
    }
}
