package io.personae.analytics.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Category columns saved with an import and loaded back.
class CategoryStoreTest {

    @TempDir
    Path folder;

    private static CustomerTable table() {
        return new CustomerTable(new String[] {"C1", "C2", "C3"}, new String[3], new String[3], new String[3],
                List.of(new Feature("Spend", FeatureKind.MONEY, true)), new double[][] {{10, 20, 30}},
                List.of(new CategoryColumn("Country", new String[] {"Germany", null, "Côte d'Ivoire"}),
                        new CategoryColumn("Newsletter", new String[] {"yes", "no", "yes"})));
    }

    private static ImportedFile imported(CustomerTable table) {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("Spend"),
                List.of("Country", "Newsletter"));
        return new ImportedFile(new ImportSummary(Path.of("customers.csv"), DataKind.CUSTOMERS, 3, 0, 3), options, null, table);
    }

    private Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + WorkspaceFile.databaseName(file.toAbsolutePath()), "personae", "");
    }

    @Test
    void givenCategories_whenSavedAndReopened_thenSameNamesOrderAndValues() throws WorkspaceException {
        Path file = folder.resolve("categories.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported(table()), table(), ProgressMonitor.NONE);
        }

        try (Workspace reopened = Workspace.open(file)) {
            List<CategoryColumn> loaded = reopened.loadCustomers().orElseThrow().categories();
            assertEquals(List.of("Country", "Newsletter"), loaded.stream().map(CategoryColumn::name).toList());
            assertArrayEquals(new String[] {"Germany", null, "Côte d'Ivoire"}, loaded.get(0).values());
            assertArrayEquals(new String[] {"yes", "no", "yes"}, loaded.get(1).values());
        }
    }

    @Test
    void givenCategories_whenSaved_thenImportRecordListsThemForARepeatImport() throws WorkspaceException, SQLException {
        Path file = folder.resolve("record.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported(table()), table(), ProgressMonitor.NONE);
        }

        try (Connection connection = connect(file); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT options FROM import_record")) {
            assertTrue(rows.next());
            assertTrue(rows.getString(1).contains("category=Country\ncategory=Newsletter\n"), rows.getString(1));
        }
    }

    @Test
    void givenSecondImport_whenSaved_thenOnlyTheNewDataSetsCategoryTablesRemain() throws WorkspaceException, SQLException {
        Path file = folder.resolve("twice.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported(table()), table(), ProgressMonitor.NONE);
            workspace.replaceData(imported(table()), table(), ProgressMonitor.NONE);
            assertEquals(2, workspace.loadCustomers().orElseThrow().categories().size());
        }

        try (Connection connection = connect(file)) {
            String tag = DataSetTables.current(connection).orElseThrow().customers.substring("CUSTOMER_".length());
            List<String> categoryTables = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "CUSTOMER_CATEGORY%", null)) {
                while (tables.next()) {
                    categoryTables.add(tables.getString("TABLE_NAME"));
                }
            }
            assertEquals(List.of("CUSTOMER_CATEGORY_NAME_" + tag, "CUSTOMER_CATEGORY_" + tag).stream().sorted().toList(),
                    categoryTables.stream().sorted().toList());
        }
    }

    @Test
    void givenWorkspaceSavedBeforeCategories_whenLoaded_thenNoCategoriesAndFeaturesIntact() throws WorkspaceException, SQLException {
        Path file = folder.resolve("older.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported(table()), table(), ProgressMonitor.NONE);
        }
        // what an older version left: the same data set without its category tables
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            DataSetTables tables = DataSetTables.current(connection).orElseThrow();
            statement.execute("DROP TABLE " + tables.categories);
            statement.execute("DROP TABLE " + tables.categoryNames);
        }

        try (Workspace reopened = Workspace.open(file)) {
            CustomerTable loaded = reopened.loadCustomers().orElseThrow();
            assertEquals(List.of(), loaded.categories());
            assertArrayEquals(new double[] {10, 20, 30}, loaded.column(0));
        }
    }
}
