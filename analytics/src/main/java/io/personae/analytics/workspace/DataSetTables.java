package io.personae.analytics.workspace;

import io.personae.analytics.features.CustomerTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// The tables of one imported data set: `ORDERS_<tag>`, `CUSTOMER_<tag>`,
/// `CUSTOMER_FEATURE_<tag>` (one DOUBLE column per feature, `f0`, `f1`...; the names are in the
/// `feature` table), `CUSTOMER_CATEGORY_<tag>` (one VARCHAR column per category, `c0`, `c1`...)
/// and `CUSTOMER_CATEGORY_NAME_<tag>` (the category names by position). `meta.data_set` names
/// the tag in use. Data sets saved before categories existed have no category tables.
///
/// decision: categories are stored wide, one row per customer like the features, rather than
/// long (customer, category, value). A telco file has 17 yes/no categories: wide, 7,000
/// customers load as 7,000 rows read in `row_no` order beside the features; long, as 119,000
/// rows to regroup. The names sit in a table of the data set, not in a workspace-wide one like
/// `feature`, so they can never disagree with the values (an older Personae importing into the
/// workspace replaces both) and older workspaces need no new table to open.
///
/// decision: each import fills new tables (on a connection of its own, see [Workspace#replaceData])
/// and a short transaction switches `meta.data_set` to them. Measured with H2 2.4 on 930,000 orders: deleting the old rows and inserting the new
/// ones in one transaction took about a minute, mostly in the undo log; loading fresh tables
/// in batches and switching takes a few seconds. Readers see the old data set or the new one,
/// never a mix, and a failed or cancelled import only leaves unused tables, dropped at once or
/// on the next open. (H2 commits on `CREATE TABLE` and `TRUNCATE`, so neither can sit inside
/// the switching transaction.)
final class DataSetTables {

    private static final String META_KEY = "data_set";
    private static final String[] PREFIXES = {"ORDERS_", "CUSTOMER_FEATURE_", "CUSTOMER_CATEGORY_NAME_", "CUSTOMER_CATEGORY_", "CUSTOMER_"};

    final String orders;
    final String customers;
    final String features;
    final String categories;
    final String categoryNames;
    private final String tag;

    private DataSetTables(String tag) {
        this.tag = tag;
        this.orders = "ORDERS_" + tag;
        this.customers = "CUSTOMER_" + tag;
        this.features = "CUSTOMER_FEATURE_" + tag;
        this.categories = "CUSTOMER_CATEGORY_" + tag;
        this.categoryNames = "CUSTOMER_CATEGORY_NAME_" + tag;
    }

    /// The tables in use, if anything was imported.
    static Optional<DataSetTables> current(Connection connection) throws SQLException {
        return Schema.meta(connection, META_KEY).map(DataSetTables::new);
    }

    /// Creates empty tables for a new data set with `table`'s features and categories.
    static DataSetTables create(Connection connection, CustomerTable table) throws SQLException {
        DataSetTables tables = new DataSetTables("T" + Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT));
        StringBuilder features = new StringBuilder("CREATE TABLE ").append(tables.features).append(" (row_no INT PRIMARY KEY");
        for (int f = 0; f < table.features().size(); f++) {
            features.append(", f").append(f).append(" DOUBLE PRECISION");
        }
        StringBuilder categories = new StringBuilder("CREATE TABLE ").append(tables.categories).append(" (row_no INT PRIMARY KEY");
        for (int c = 0; c < table.categories().size(); c++) {
            categories.append(", c").append(c).append(" VARCHAR");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + tables.orders
                    + " (customer_id VARCHAR NOT NULL, order_date DATE NOT NULL, amount DOUBLE PRECISION NOT NULL)");
            // decision: the id's unique index is made by [#index] once the rows are in: one sorted
            // build instead of an index update per row
            statement.execute("CREATE TABLE " + tables.customers
                    + " (row_no INT PRIMARY KEY, id VARCHAR NOT NULL, email VARCHAR, first_name VARCHAR, last_name VARCHAR)");
            statement.execute(features.append(')').toString());
            statement.execute(categories.append(')').toString());
            statement.execute("CREATE TABLE " + tables.categoryNames + " (position INT PRIMARY KEY, name VARCHAR NOT NULL)");
        }
        return tables;
    }

    /// Makes the unique index on the customer id, after the rows are loaded; fails when two
    /// customers share an id. H2 commits on `CREATE INDEX`.
    void index(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE UNIQUE INDEX CUSTOMER_ID_" + tag + " ON " + customers + " (id)");
        }
    }

    /// Drops these tables (a load that failed or was cancelled).
    void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String prefix : PREFIXES) {
                statement.execute("DROP TABLE IF EXISTS " + prefix + tag);
            }
        }
    }

    /// Whether this data set has category tables: false for data sets saved before categories
    /// were kept.
    boolean hasCategories(Connection connection) throws SQLException {
        try (ResultSet found = connection.getMetaData().getTables(null, "PUBLIC", categoryNames, new String[] {"TABLE"})) {
            return found.next();
        }
    }

    /// Makes these tables the ones in use; part of the caller's transaction.
    void makeCurrent(Connection connection) throws SQLException {
        Schema.setMeta(connection, META_KEY, tag);
    }

    // decision: compared with every prefix, not the first matching one: CUSTOMER_CATEGORY_T1
    // starts with CUSTOMER_ as well, and must not be taken for an old CUSTOMER_ table
    private static boolean isDataSetTable(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInUse(String name, String current) {
        for (String prefix : PREFIXES) {
            if (name.equals(prefix + current)) {
                return true;
            }
        }
        return false;
    }

    /// Drops the tables of every data set but the one in use.
    static void dropUnused(Connection connection) throws SQLException {
        String current = Schema.meta(connection, META_KEY).orElse("");
        List<String> unused = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (isDataSetTable(name) && !isInUse(name, current)) {
                    unused.add(name);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : unused) {
                statement.execute("DROP TABLE IF EXISTS " + name);
            }
        }
    }
}
