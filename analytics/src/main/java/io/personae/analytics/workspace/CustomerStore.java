package io.personae.analytics.workspace;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Transactions;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The imported data: the import record, orders, customers, their features and categories,
/// stored in the tables of a [DataSetTables].
final class CustomerStore {

    static final int BATCH = BulkInsert.COMMIT_ROWS;

    private final Connection connection;
    private final QualityStore quality;

    CustomerStore(Connection connection) {
        this.connection = connection;
        this.quality = new QualityStore(connection);
    }

    /// Makes the quality tables if needed; outside any transaction, before a [#stage].
    void prepare() throws SQLException {
        quality.prepare();
    }

    /// Fills new data-set tables through `staging`, a connection of their own, and returns them;
    /// nothing reads them until [#switchTo]. On failure or cancel they are dropped again.
    static DataSetTables stage(Connection staging, ImportedFile imported, CustomerTable table, ProgressMonitor progress) throws SQLException {
        DataSetTables tables = DataSetTables.create(staging, table);
        try {
            staging.setAutoCommit(false);
            Transactions orders = imported.transactions();
            if (orders != null) {
                insertOrders(staging, tables, orders, progress.stage(0, 0.7));
            }
            insertCustomers(staging, tables, table, progress.stage(orders == null ? 0 : 0.7, 1));
            insertCategoryNames(staging, tables, table.categories());
            staging.commit();
            staging.setAutoCommit(true);
            tables.index(staging);
            progress.checkCancelled();
            return tables;
        } catch (SQLException | RuntimeException e) {
            staging.rollback();
            staging.setAutoCommit(true);
            dropQuietly(staging, tables);
            throw e;
        }
    }

    /// Makes staged `tables` the data in use, in one transaction that also drops the previous
    /// segmentations and persona edits and records the import. The connection must be in
    /// auto-commit mode; it is again on return. The previous data set's tables go afterwards.
    /// `report` is the import's quality report, `null` when it has none.
    void switchTo(DataSetTables tables, ImportedFile imported, CustomerTable table, QualityReport report) throws SQLException {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM segmentation");
                statement.executeUpdate("DELETE FROM feature");
            }
            insertFeatures(table.features());
            long importId = insertImportRecord(imported);
            if (report != null) {
                quality.save(importId, report);
            }
            tables.makeCurrent(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            dropUnusedQuietly();
        }
    }

    private void dropUnusedQuietly() {
        try {
            DataSetTables.dropUnused(connection);
        } catch (SQLException e) {
            // harmless: unused tables are dropped again on the next open
        }
    }

    private static void dropQuietly(Connection staging, DataSetTables tables) {
        try {
            tables.drop(staging);
        } catch (SQLException e) {
            // harmless: unused tables are dropped on the next open
        }
    }

    Optional<ImportSummary> lastImport() throws SQLException {
        String sql = "SELECT file_path, kind, rows_read, rows_skipped, customers FROM import_record ORDER BY id DESC LIMIT 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new ImportSummary(Path.of(rows.getString(1)), DataKind.valueOf(rows.getString(2)),
                    rows.getLong(3), rows.getLong(4), rows.getInt(5)));
        }
    }

    /// The column mapping, file format and cleaning of the last import, to repeat it on a newer file.
    Optional<ImportOptions> lastImportOptions() throws SQLException {
        String sql = "SELECT options FROM import_record ORDER BY id DESC LIMIT 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? Optional.of(OptionsText.parse(rows.getString(1))) : Optional.empty();
        }
    }

    /// The data quality report of the last import; empty before an import, or for one made
    /// before reports were kept.
    Optional<QualityReport> lastQualityReport() throws SQLException {
        String sql = "SELECT id FROM import_record ORDER BY id DESC LIMIT 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return quality.load(rows.getLong(1));
        }
    }

    Optional<CustomerTable> load() throws SQLException {
        Optional<DataSetTables> tables = DataSetTables.current(connection);
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        int size = count("SELECT COUNT(*) FROM " + tables.get().customers);
        String[] ids = new String[size];
        String[] emails = new String[size];
        String[] firstNames = new String[size];
        String[] lastNames = new String[size];
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, email, first_name, last_name FROM " + tables.get().customers + " ORDER BY row_no")) {
            for (int i = 0; rows.next(); i++) {
                ids[i] = rows.getString(1);
                emails[i] = rows.getString(2);
                firstNames[i] = rows.getString(3);
                lastNames[i] = rows.getString(4);
            }
        }
        List<Feature> features = loadFeatures();
        double[][] values = new double[features.size()][size];
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + tables.get().features + " ORDER BY row_no")) {
            for (int i = 0; rows.next(); i++) {
                for (int f = 0; f < features.size(); f++) {
                    double value = rows.getDouble(f + 2);
                    values[f][i] = rows.wasNull() ? Double.NaN : value;
                }
            }
        }
        return Optional.of(new CustomerTable(ids, emails, firstNames, lastNames, features, values, loadCategories(tables.get(), size)));
    }

    /// The category columns in the order they were saved; none for a data set saved before
    /// categories were kept.
    private List<CategoryColumn> loadCategories(DataSetTables tables, int size) throws SQLException {
        if (!tables.hasCategories(connection)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM " + tables.categoryNames + " ORDER BY position")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        String[][] values = new String[names.size()][size];
        List<Map<String, String>> seen = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            seen.add(new HashMap<>());
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + tables.categories + " ORDER BY row_no")) {
            for (int i = 0; rows.next(); i++) {
                for (int c = 0; c < names.size(); c++) {
                    String value = rows.getString(c + 2);
                    // equal values share one string, as they did when imported
                    values[c][i] = value == null ? null : seen.get(c).computeIfAbsent(value, v -> v);
                }
            }
        }
        List<CategoryColumn> categories = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            categories.add(new CategoryColumn(names.get(c), values[c]));
        }
        return categories;
    }

    private List<Feature> loadFeatures() throws SQLException {
        List<Feature> features = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, kind, revenue FROM feature ORDER BY position")) {
            while (rows.next()) {
                features.add(new Feature(rows.getString(1), FeatureKind.valueOf(rows.getString(2)), rows.getBoolean(3)));
            }
        }
        return features;
    }

    /// Returns the record's id.
    private long insertImportRecord(ImportedFile imported) throws SQLException {
        ImportSummary summary = imported.summary();
        String sql = "INSERT INTO import_record (file_path, file_name, kind, rows_read, rows_skipped, customers, options, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
            insert.setString(1, summary.file().toAbsolutePath().toString());
            insert.setString(2, String.valueOf(summary.file().getFileName()));
            insert.setString(3, summary.kind().name());
            insert.setLong(4, summary.rowsRead());
            insert.setLong(5, summary.rowsSkipped());
            insert.setInt(6, summary.customers());
            insert.setString(7, OptionsText.format(imported.options()));
            insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /// The staging tables are not in use yet, so [BulkInsert] commits as it goes.
    private static void insertOrders(Connection staging, DataSetTables tables, Transactions orders, ProgressMonitor progress) throws SQLException {
        String[] ids = orders.customerIds();
        int[] days = orders.orderDays();
        double[] amounts = orders.amounts();
        new BulkInsert(staging, tables.orders, "(customer_id, order_date, amount)", 3).insert(orders.size(), (insert, first, row) -> {
            insert.setString(first, ids[row]);
            insert.setObject(first + 1, LocalDate.ofEpochDay(days[row]));
            insert.setDouble(first + 2, amounts[row]);
        }, progress, "orders");
    }

    private static void insertCustomers(Connection staging, DataSetTables tables, CustomerTable table, ProgressMonitor progress) throws SQLException {
        List<CategoryColumn> categories = table.categories();
        double share = categories.isEmpty() ? 0.5 : 0.4;
        new BulkInsert(staging, tables.customers, "(row_no, id, email, first_name, last_name)", 5).insert(table.size(), (insert, first, row) -> {
            insert.setInt(first, row);
            insert.setString(first + 1, table.ids()[row]);
            insert.setString(first + 2, table.emails()[row]);
            insert.setString(first + 3, table.firstNames()[row]);
            insert.setString(first + 4, table.lastNames()[row]);
        }, progress.stage(0, share), "customers");
        int featureCount = table.features().size();
        StringBuilder featureColumns = new StringBuilder("(row_no");
        for (int f = 0; f < featureCount; f++) {
            featureColumns.append(", f").append(f);
        }
        double[][] values = table.values();
        new BulkInsert(staging, tables.features, featureColumns.append(')').toString(), featureCount + 1).insert(table.size(), (insert, first, row) -> {
            insert.setInt(first, row);
            for (int f = 0; f < featureCount; f++) {
                double value = values[f][row];
                if (Double.isNaN(value)) {
                    insert.setNull(first + 1 + f, Types.DOUBLE);
                } else {
                    insert.setDouble(first + 1 + f, value);
                }
            }
        }, progress.stage(share, 2 * share), "customer features");
        if (categories.isEmpty()) {
            return;
        }
        StringBuilder categoryColumns = new StringBuilder("(row_no");
        for (int c = 0; c < categories.size(); c++) {
            categoryColumns.append(", c").append(c);
        }
        new BulkInsert(staging, tables.categories, categoryColumns.append(')').toString(), categories.size() + 1).insert(table.size(), (insert, first, row) -> {
            insert.setInt(first, row);
            for (int c = 0; c < categories.size(); c++) {
                insert.setString(first + 1 + c, categories.get(c).values()[row]);
            }
        }, progress.stage(2 * share, 1), "customer categories");
    }

    private static void insertCategoryNames(Connection staging, DataSetTables tables, List<CategoryColumn> categories) throws SQLException {
        try (PreparedStatement insert = staging.prepareStatement("INSERT INTO " + tables.categoryNames + " (position, name) VALUES (?, ?)")) {
            for (int c = 0; c < categories.size(); c++) {
                insert.setInt(1, c);
                insert.setString(2, categories.get(c).name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertFeatures(List<Feature> features) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feature (position, name, kind, revenue) VALUES (?, ?, ?, ?)")) {
            for (int f = 0; f < features.size(); f++) {
                insert.setInt(1, f);
                insert.setString(2, features.get(f).name());
                insert.setString(3, features.get(f).kind().name());
                insert.setBoolean(4, features.get(f).revenue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
