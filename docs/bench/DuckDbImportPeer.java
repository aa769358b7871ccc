import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/// The same-run peer for `personae bench import FILE`: DuckDB reading the file with `read_csv`
/// into a typed in-memory table, then the per-customer `GROUP BY` (orders, spend, first and last
/// order). Not a dependency of Personae; run it by hand next to the benchmark:
///
/// ```
/// ./mvnw dependency:get -Dartifact=org.duckdb:duckdb_jdbc:1.4.1.0
/// java -cp ~/.m2/repository/org/duckdb/duckdb_jdbc/1.4.1.0/duckdb_jdbc-1.4.1.0.jar docs/bench/DuckDbImportPeer.java /tmp/tx.csv
/// ```
///
/// Prints `duckdb rows=N customers=M read_ms=T group_by_ms=T`.
public final class DuckDbImportPeer {

    public static void main(String[] args) throws Exception {
        String file = args[0].replace("'", "''");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            sql.execute("CREATE TABLE orders AS SELECT * FROM read_csv('" + file + "')");
            long read = System.nanoTime();
            long rows;
            try (ResultSet r = sql.executeQuery("SELECT COUNT(*) FROM orders")) {
                r.next();
                rows = r.getLong(1);
            }
            long groupStart = System.nanoTime();
            sql.execute("CREATE TABLE customers AS SELECT customer_id, COUNT(*) AS orders, SUM(amount) AS spend,"
                    + " MIN(order_date) AS first_order, MAX(order_date) AS last_order FROM orders GROUP BY customer_id");
            long grouped = System.nanoTime();
            long customers;
            try (ResultSet r = sql.executeQuery("SELECT COUNT(*) FROM customers")) {
                r.next();
                customers = r.getLong(1);
            }
            System.out.printf("duckdb rows=%d customers=%d read_ms=%d group_by_ms=%d%n", rows, customers,
                    (read - start) / 1_000_000, (grouped - groupStart) / 1_000_000);
        }
    }
}
