package io.personae.analytics.workspace;

import static io.personae.analytics.features.CustomerTables.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.importer.Contact;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Transactions;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void givenFolder_whenOpened_thenCreatesPersonaeFileInside() throws WorkspaceException {
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(folder.resolve("personae.mv.db").toAbsolutePath(), workspace.file());
            assertTrue(workspace.loadCustomers().isEmpty());
            assertTrue(workspace.lastImport().isEmpty());
            assertTrue(workspace.loadLatestSegmentation().isEmpty());
        }
        assertTrue(Files.exists(folder.resolve("personae.mv.db")));
    }

    @Test
    void givenNameWithoutExtension_whenOpened_thenAddsMvDb() throws WorkspaceException {
        try (Workspace workspace = Workspace.open(folder.resolve("shop"))) {
            assertEquals(folder.resolve("shop.mv.db").toAbsolutePath(), workspace.file());
        }
    }

    @Test
    void givenCustomerImport_whenSavedAndReopened_thenSameTableAndSummary() throws WorkspaceException {
        CustomerTable table = customers(3);
        ImportedFile imported = customerImport(table);
        Path file = folder.resolve("round-trip.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported, table, ProgressMonitor.NONE);
        }

        try (Workspace reopened = Workspace.open(file)) {
            CustomerTable loaded = reopened.loadCustomers().orElseThrow();
            assertSameTable(table, loaded);
            ImportSummary summary = reopened.lastImport().orElseThrow();
            assertEquals(imported.summary().kind(), summary.kind());
            assertEquals(3, summary.customers());
            assertEquals(4, summary.rowsRead());
            assertEquals(1, summary.rowsSkipped());
            assertEquals(Path.of("customers.csv").toAbsolutePath(), summary.file());
        }
    }

    @Test
    void givenTransactionImport_whenSaved_thenOrdersStoredWithDates() throws WorkspaceException, SQLException {
        Transactions orders = new Transactions(new String[] {"A", "A", "B"},
                new int[] {(int) LocalDate.of(2024, 1, 5).toEpochDay(), (int) LocalDate.of(2024, 2, 1).toEpochDay(), 0},
                new double[] {10.5, 20, 7}, Map.of("A", new Contact("a@example.com", "Ann", null)));
        ImportOptions options = new ImportOptions(DataKind.TRANSACTIONS, "id", "email", "first", null, "date", "amount", List.of());
        ImportedFile imported = new ImportedFile(new ImportSummary(Path.of("orders.csv"), DataKind.TRANSACTIONS, 3, 0, 2), options, orders, null);
        CustomerTable table = customers(2);
        Path file = folder.resolve("orders.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.replaceData(imported, table, ProgressMonitor.NONE);
        }

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + WorkspaceFile.databaseName(file.toAbsolutePath()), "personae", "");
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT customer_id, order_date, amount FROM "
                        + DataSetTables.current(connection).orElseThrow().orders + " ORDER BY order_date DESC")) {
            assertTrue(rows.next());
            assertEquals("A", rows.getString(1));
            assertEquals(LocalDate.of(2024, 2, 1), rows.getObject(2, LocalDate.class));
            assertEquals(20.0, rows.getDouble(3));
        }
    }

    @Test
    void givenSavedData_whenReplacementFailsMidway_thenOldDataStays() throws WorkspaceException {
        CustomerTable old = customers(3);
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.replaceData(customerImport(old), old, ProgressMonitor.NONE);
            workspace.saveSegmentation(segmentation(3, Instant.parse("2025-01-01T10:00:00Z")), personas(2));
            // two customers with one id break the unique key half-way through the insert
            CustomerTable broken = new CustomerTable(new String[] {"X", "X"}, new String[2], new String[2], new String[2],
                    List.of(new Feature("Spend", FeatureKind.MONEY, true)), new double[][] {{1, 2}});

            WorkspaceException failure = assertThrows(WorkspaceException.class,
                    () -> workspace.replaceData(customerImport(broken), broken, ProgressMonitor.NONE));

            assertTrue(failure.getMessage().contains("unchanged"), failure.getMessage());
            assertSameTable(old, workspace.loadCustomers().orElseThrow());
            assertTrue(workspace.loadLatestSegmentation().isPresent());
            assertEquals(3, workspace.lastImport().orElseThrow().customers());
        }
    }

    @Test
    void givenSavedData_whenReplacementCancelledMidway_thenOldDataStaysAfterReopen() throws WorkspaceException {
        CustomerTable old = customers(3);
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.replaceData(customerImport(old), old, ProgressMonitor.NONE);
            CustomerTable big = customers(CustomerStore.BATCH * 3);
            AtomicInteger updates = new AtomicInteger();
            CancellableProgress progress = new CancellableProgress((fraction, message) -> updates.incrementAndGet());
            ProgressMonitor cancelsAfterFirstBatch = new ProgressMonitor() {
                @Override
                public void update(double fraction, String message) {
                    progress.update(fraction, message);
                    progress.cancel();
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            };

            assertThrows(CancelledException.class, () -> workspace.replaceData(customerImport(big), big, cancelsAfterFirstBatch));

            assertEquals(1, updates.get());
            assertSameTable(old, workspace.loadCustomers().orElseThrow());
        }
        try (Workspace reopened = Workspace.open(folder)) {
            assertSameTable(old, reopened.loadCustomers().orElseThrow());
        }
    }

    @Test
    void givenSavedData_whenReplacementIsLoading_thenAnotherThreadReadsThePreviousDataWhole() throws WorkspaceException {
        CustomerTable old = customers(3);
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.replaceData(customerImport(old), old, ProgressMonitor.NONE);
            CustomerTable big = customers(CustomerStore.BATCH * 2);
            List<CustomerTable> seen = new java.util.ArrayList<>();
            ProgressMonitor readsWhileLoading = new ProgressMonitor() {
                @Override
                public void update(double fraction, String message) {
                    // the load holds no lock a reader needs; the reader sees the committed import only
                    seen.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return workspace.loadCustomers().orElseThrow();
                        } catch (WorkspaceException e) {
                            throw new IllegalStateException(e);
                        }
                    }).join());
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            workspace.replaceData(customerImport(big), big, readsWhileLoading);

            assertFalse(seen.isEmpty());
            seen.forEach(table -> assertSameTable(old, table));
            assertEquals(big.size(), workspace.loadCustomers().orElseThrow().size());
        }
    }

    @Test
    void givenSegmentations_whenReopened_thenLatestIsLoadedEqual() throws WorkspaceException {
        CustomerTable table = customers(3);
        SegmentationResult first = segmentation(3, Instant.parse("2025-01-01T10:00:00Z"));
        SegmentationResult latest = segmentation(3, Instant.parse("2025-01-02T11:30:00.123456789Z"));
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.replaceData(customerImport(table), table, ProgressMonitor.NONE);
            workspace.saveSegmentation(first, personas(2));
            workspace.saveSegmentation(latest, personas(2));
        }

        try (Workspace reopened = Workspace.open(folder)) {
            SegmentationResult loaded = reopened.loadLatestSegmentation().orElseThrow();
            assertSegmentationEquals(latest, loaded);
            assertEquals(List.of("Persona 1", "Persona 2"), reopened.latestPersonaNames());
        }
    }

    @Test
    void givenSegmentation_whenDataReplaced_thenSegmentationDropped() throws WorkspaceException {
        CustomerTable table = customers(3);
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.replaceData(customerImport(table), table, ProgressMonitor.NONE);
            workspace.saveSegmentation(segmentation(3, Instant.now()), personas(2));

            workspace.replaceData(customerImport(table), table, ProgressMonitor.NONE);

            assertTrue(workspace.loadLatestSegmentation().isEmpty());
        }
    }

    @Test
    void givenOpenWorkspace_whenOpenedAgain_thenRefusedAsOpenElsewhere() throws WorkspaceException {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(workspace.file()));
            assertTrue(refused.getMessage().contains("is open in another Personae window"), refused.getMessage());
        }
        try (Workspace again = Workspace.open(folder)) {
            assertTrue(again.loadCustomers().isEmpty());
        }
    }

    @Test
    void givenTextFileNamedMvDb_whenOpened_thenNotAWorkspace() throws Exception {
        Path file = folder.resolve("notes.mv.db");
        Files.writeString(file, "shopping list: milk, eggs", StandardCharsets.UTF_8);

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(file));

        assertTrue(refused.getMessage().contains("is not a Personae workspace"), refused.getMessage());
    }

    @Test
    void givenH2FileOfAnotherProgram_whenOpened_thenNotAWorkspace() throws Exception {
        Path file = folder.resolve("other.mv.db");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + WorkspaceFile.databaseName(file.toAbsolutePath()), "personae", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT)");
        }

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(file));

        assertTrue(refused.getMessage().contains("is not a Personae workspace"), refused.getMessage());
        assertFalse(WorkspaceFile.isOpen(file.toAbsolutePath()));
    }

    @Test
    void givenExistingFileOfOtherType_whenOpened_thenNotAWorkspace() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, "id,spend\n1,2\n");

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(file));

        assertTrue(refused.getMessage().contains("customers.csv is not a Personae workspace"), refused.getMessage());
    }

    @Test
    void givenWorkspaceWithData_whenSavedAs_thenCopyOpenWithDataAndOriginalClosed() throws WorkspaceException {
        CustomerTable table = customers(3);
        Workspace original = Workspace.open(folder.resolve("original"));
        original.replaceData(customerImport(table), table, ProgressMonitor.NONE);
        original.saveSegmentation(segmentation(3, Instant.parse("2025-03-01T00:00:00Z")), personas(2));

        try (Workspace copy = original.saveAs(folder.resolve("copy"))) {
            assertEquals(folder.resolve("copy.mv.db").toAbsolutePath(), copy.file());
            assertSameTable(table, copy.loadCustomers().orElseThrow());
            assertTrue(copy.loadLatestSegmentation().isPresent());
            assertThrows(IllegalStateException.class, original::loadCustomers);
        }
        try (Workspace reopened = Workspace.open(folder.resolve("original.mv.db"))) {
            assertSameTable(table, reopened.loadCustomers().orElseThrow());
        }
    }

    @Test
    void givenWorkspace_whenSavedAsItself_thenRefusedAndStillOpen() throws WorkspaceException {
        try (Workspace workspace = Workspace.open(folder.resolve("same"))) {
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> workspace.saveAs(folder.resolve("same.mv.db")));

            assertTrue(refused.getMessage().contains("already saved as same.mv.db"), refused.getMessage());
            assertTrue(workspace.loadCustomers().isEmpty());
        }
    }

    private static CustomerTable customers(int n) {
        String[] ids = new String[n];
        String[] emails = new String[n];
        String[] first = new String[n];
        String[] last = new String[n];
        double[] spend = new double[n];
        double[] visits = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "C" + (n - i);
            emails[i] = i % 2 == 0 ? "c" + i + "@example.com" : null;
            first[i] = i == 0 ? "Jürgen" : null;
            last[i] = i == 0 ? "O'Brien" : null;
            spend[i] = 10.25 * i;
            visits[i] = i == 1 ? Double.NaN : i;
        }
        return new CustomerTable(ids, emails, first, last,
                List.of(new Feature("Spend", FeatureKind.MONEY, true), new Feature("Visits", FeatureKind.COUNT, false)),
                new double[][] {spend, visits});
    }

    private static ImportedFile customerImport(CustomerTable table) {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", "email", null, null, null, null, List.of("Spend", "Visits"));
        ImportSummary summary = new ImportSummary(Path.of("customers.csv"), DataKind.CUSTOMERS, table.size() + 1, 1, table.size());
        return new ImportedFile(summary, options, null, table);
    }

    private static SegmentationResult segmentation(int customers, Instant createdAt) {
        int[] assignment = new int[customers];
        float[] x = new float[customers];
        float[] y = new float[customers];
        for (int i = 0; i < customers; i++) {
            assignment[i] = i % 2;
            x[i] = i * 0.5f;
            y[i] = -i;
        }
        return new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend", "Visits"), assignment,
                new double[][] {{0.1, -1.5}, {2.25, 3}}, 12.5, 7, x, y, "fingerprint-" + customers, createdAt);
    }

    private static List<Persona> personas(int k) {
        return java.util.stream.IntStream.range(0, k)
                .mapToObj(s -> new Persona(s, "Persona " + (s + 1), 1, 0.5, Double.NaN, List.of()))
                .toList();
    }

    private static void assertSegmentationEquals(SegmentationResult expected, SegmentationResult actual) {
        assertEquals(expected.options(), actual.options());
        assertEquals(expected.featureNames(), actual.featureNames());
        assertArrayEquals(expected.assignment(), actual.assignment());
        assertEquals(expected.centroids().length, actual.centroids().length);
        for (int s = 0; s < expected.centroids().length; s++) {
            assertArrayEquals(expected.centroids()[s], actual.centroids()[s]);
        }
        assertEquals(expected.inertia(), actual.inertia());
        assertEquals(expected.iterations(), actual.iterations());
        assertArrayEquals(expected.projectionX(), actual.projectionX());
        assertArrayEquals(expected.projectionY(), actual.projectionY());
        assertEquals(expected.fingerprint(), actual.fingerprint());
        assertEquals(expected.createdAt(), actual.createdAt());
    }
}
