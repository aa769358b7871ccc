package io.personae.analytics.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// An import is shown once its customers are ready and saved in the background: the workspace
/// must hold the previous import, whole, until the new one is committed, and go on holding it
/// when the save is cancelled. What the save does is watched from inside it, through the
/// progress it reports on the writer thread, so nothing depends on timing.
class ProjectImportSavingTest {

    @TempDir
    Path folder;

    private Path workspaceFile;
    private Path first;
    private Path second;

    @BeforeEach
    void writeFiles() throws Exception {
        workspaceFile = folder.resolve("shop.mv.db");
        first = orders("first.csv", 3);
        second = orders("second.csv", 4);
    }

    @Test
    void givenSavedImport_whenNextImportIsBeingSaved_thenAnotherConnectionSeesThePreviousImportWhole() throws Exception {
        try (Project project = Project.open(workspaceFile)) {
            project.importFile(first, options(first), ProgressMonitor.NONE);
            List<String> seenWhileSaving = new ArrayList<>();
            List<Integer> shownWhileSaving = new ArrayList<>();

            project.importFile(second, options(second), whileSaving(() -> {
                seenWhileSaving.add(storedImport());
                shownWhileSaving.add(project.customers().orElseThrow().size());
            }));

            assertTrue(!seenWhileSaving.isEmpty(), "the save reported no progress");
            seenWhileSaving.forEach(seen -> assertEquals("first.csv 3 customers, 3 stored", seen));
            shownWhileSaving.forEach(shown -> assertEquals(4, shown));
            assertEquals("second.csv 4 customers, 4 stored", storedImport());
        }
    }

    @Test
    void givenSegmentedImport_whenNextImportSaveIsCancelled_thenProjectAndWorkspaceShowThePreviousImport() throws Exception {
        try (Project project = Project.open(workspaceFile)) {
            project.importFile(first, options(first), ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(2), ProgressMonitor.NONE);
            AtomicReference<Boolean> cancel = new AtomicReference<>(false);

            assertThrows(CancelledException.class, () -> project.importFile(second, options(second), new ProgressMonitor() {
                @Override
                public void update(double fraction, String message) {
                    if (message.startsWith("Saving")) {
                        // made on the new data while it saves: dropped with it
                        segmentQuietly(project, 3);
                        cancel.set(true);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            }));

            assertEquals(3, project.customers().orElseThrow().size());
            assertEquals("first.csv", project.lastImport().orElseThrow().file().getFileName().toString());
            assertEquals(2, project.segmentation().orElseThrow().result().k());
            assertTrue(project.importInProgress().isEmpty());
            assertEquals("first.csv 3 customers, 3 stored", storedImport());
        }
        try (Project reopened = Project.open(workspaceFile)) {
            assertEquals(3, reopened.customers().orElseThrow().size());
            assertEquals(2, reopened.segmentation().orElseThrow().result().k());
        }
    }

    @Test
    void givenImportBeingSaved_whenSegmentedMeanwhile_thenTheRunIsStoredAfterTheImport() throws Exception {
        try (Project project = Project.open(workspaceFile)) {
            project.importFile(first, options(first), ProgressMonitor.NONE);

            project.importFile(second, options(second), whileSaving(() -> segmentQuietly(project, 3)));

            assertEquals(3, project.segmentation().orElseThrow().result().k());
        }
        try (Project reopened = Project.open(workspaceFile)) {
            assertEquals(4, reopened.customers().orElseThrow().size());
            // had it been written before the import's commit, the commit would have dropped it
            assertEquals(3, reopened.segmentation().orElseThrow().result().k());
            assertEquals(4, reopened.segmentation().orElseThrow().result().assignment().length);
        }
    }

    @Test
    void givenImportBegun_whenAwaited_thenReadyCustomersAreTheSavedOnes() throws Exception {
        try (Project project = Project.open(workspaceFile)) {
            ImportInProgress begun = project.beginImport(second, options(second), ProgressMonitor.NONE);

            assertEquals(4, project.customers().orElseThrow().size());
            assertNotNull(project.qualityReport().orElse(null));
            assertEquals("second.csv", begun.awaitSaved(ProgressMonitor.NONE).file().getFileName().toString());
            assertTrue(begun.isDone());
        }
        try (Project reopened = Project.open(workspaceFile)) {
            assertEquals(4, reopened.customers().orElseThrow().size());
        }
    }

    /// A monitor that runs `check` at each progress report of the save (on the writer thread).
    private static ProgressMonitor whileSaving(Runnable check) {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                if (message.startsWith("Saving")) {
                    check.run();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static void segmentQuietly(Project project, int k) {
        try {
            project.segment(SegmentationOptions.withK(k), ProgressMonitor.NONE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /// The workspace's committed import as a second connection sees it: "file N customers, M stored".
    private String storedImport() {
        String url = "jdbc:h2:file:" + workspaceFile.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "personae", "");
                Statement statement = connection.createStatement()) {
            String file;
            int customers;
            try (ResultSet rows = statement.executeQuery("SELECT file_name, customers FROM import_record ORDER BY id DESC LIMIT 1")) {
                rows.next();
                file = rows.getString(1);
                customers = rows.getInt(2);
            }
            String tag;
            try (ResultSet rows = statement.executeQuery("SELECT text_value FROM meta WHERE name = 'data_set'")) {
                rows.next();
                tag = rows.getString(1);
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CUSTOMER_" + tag)) {
                rows.next();
                return file + " " + customers + " customers, " + rows.getInt(1) + " stored";
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static ImportOptions options(Path file) throws Exception {
        return RoleGuesser.guess(TableReaders.preview(file, 100)).orElseThrow();
    }

    /// `customers` customers with two orders each, spending more the higher their number.
    private Path orders(String name, int customers) throws Exception {
        StringBuilder csv = new StringBuilder("order_id,customer_id,email,order_date,amount\n");
        int order = 1000;
        for (int visit = 0; visit < 2; visit++) {
            for (int c = 1; c <= customers; c++) {
                csv.append(order++).append(",C").append(c).append(",c").append(c).append("@example.com,2024-0")
                        .append(c).append("-1").append(visit).append(',').append(c * 10 + visit).append(".50\n");
            }
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
