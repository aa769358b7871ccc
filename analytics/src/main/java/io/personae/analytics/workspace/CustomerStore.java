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

    static final int BATCH = 5_000;

    private final Connection connection;
    private final QualityStore quality;

    CustomerStore(Connection connection) {
        this.connection = connection;
        this.quality = new QualityStore(connection);
    }

    /// Fills new data-set tables, then switches to them in one transaction that also drops the
    /// previous segmentations and records the import. The connection must be in auto-commit
    /// mode; it is again on return.
    void replace(ImportedFile imported, CustomerTable table, ProgressMonitor progress) throws SQLException {
        quality.prepare();
        DataSetTables tables = DataSetTables.create(connection, table);
        try {
            connection.setAutoCommit(false);
            Transactions orders = imported.transactions();
            if (orders != null) {
                insertOrders(tables, orders, progress.stage(0, 0.6));
            }
            insertCustomers(tables, table, progress.stage(orders == null ? 0 : 0.6, 1));
            insertCategoryNames(tables, table.categories());
            progress.checkCancelled();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM segmentation");
                statement.executeUpdate("DELETE FROM feature");
            }
            insertFeatures(table.features());
            long importId = insertImportRecord(imported);
            if (imported.quality() != null) {
                quality.save(importId, imported.quality());
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

    /// Batches are committed as they go: the tables are not in use yet, and H2 slows down badly
    /// on one transaction of a million rows.
    private void insertOrders(DataSetTables tables, Transactions orders, ProgressMonitor progress) throws SQLException {
        int size = orders.size();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tables.orders + " (customer_id, order_date, amount) VALUES (?, ?, ?)")) {
            for (int i = 0; i < size; i++) {
                insert.setString(1, orders.customerIds()[i]);
                insert.setObject(2, LocalDate.ofEpochDay(orders.orderDays()[i]));
                insert.setDouble(3, orders.amounts()[i]);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == size - 1) {
                    insert.executeBatch();
                    connection.commit();
                    progress.checkCancelled();
                    progress.update((i + 1) / (double) size, "Saving orders: " + (i + 1) + " of " + size);
                }
            }
        }
    }

    private void insertCustomers(DataSetTables tables, CustomerTable table, ProgressMonitor progress) throws SQLException {
        int size = table.size();
        int featureCount = table.features().size();
        List<CategoryColumn> categoryColumns = table.categories();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(tables.features).append(" VALUES (?");
        sql.append(", ?".repeat(featureCount)).append(')');
        String categorySql = "INSERT INTO " + tables.categories + " VALUES (?" + ", ?".repeat(categoryColumns.size()) + ")";
        try (PreparedStatement customer = connection.prepareStatement(
                        "INSERT INTO " + tables.customers + " (row_no, id, email, first_name, last_name) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement values = connection.prepareStatement(sql.toString());
                PreparedStatement categories = connection.prepareStatement(categorySql)) {
            for (int i = 0; i < size; i++) {
                customer.setInt(1, i);
                customer.setString(2, table.ids()[i]);
                customer.setString(3, table.emails()[i]);
                customer.setString(4, table.firstNames()[i]);
                customer.setString(5, table.lastNames()[i]);
                customer.addBatch();
                values.setInt(1, i);
                for (int f = 0; f < featureCount; f++) {
                    double value = table.values()[f][i];
                    if (Double.isNaN(value)) {
                        values.setNull(f + 2, Types.DOUBLE);
                    } else {
                        values.setDouble(f + 2, value);
                    }
                }
                values.addBatch();
                if (!categoryColumns.isEmpty()) {
                    categories.setInt(1, i);
                    for (int c = 0; c < categoryColumns.size(); c++) {
                        categories.setString(c + 2, categoryColumns.get(c).values()[i]);
                    }
                    categories.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i == size - 1) {
                    customer.executeBatch();
                    values.executeBatch();
                    if (!categoryColumns.isEmpty()) {
                        categories.executeBatch();
                    }
                    connection.commit();
                    progress.checkCancelled();
                    progress.update((i + 1) / (double) size, "Saving customers: " + (i + 1) + " of " + size);
                }
            }
        }
    }

    private void insertCategoryNames(DataSetTables tables, List<CategoryColumn> categories) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tables.categoryNames + " (position, name) VALUES (?, ?)")) {
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
