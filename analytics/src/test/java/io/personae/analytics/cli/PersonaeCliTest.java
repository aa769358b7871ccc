package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaeCliTest {

    private static final Path SAMPLES = Path.of(System.getProperty("personae.samples", "../samples/data"));
    private static final Path DATASETS = Path.of(System.getProperty("personae.datasets", "../../shared/datasets"));
    private static final String EXPORT_HEADER = "Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action";

    /// Three customers, six orders: small enough to import in every test that needs a prior import.
    private static final String SMALL_ORDERS = """
            Order ID,Order Date,Customer ID,Email,First Name,Last Name,Order Total
            1,2026-01-05,A1,ann@example.com,Ann,Smith,20.00
            2,2026-02-05,A1,ann@example.com,Ann,Smith,25.00
            3,2026-01-10,B2,bob@example.com,Bob,Jones,200.00
            4,2026-03-10,B2,bob@example.com,Bob,Jones,180.00
            5,2026-06-01,C3,cy@example.com,Cy,Brown,15.00
            6,2026-06-20,C3,cy@example.com,Cy,Brown,12.50
            """;

    @TempDir
    Path folder;

    @Test
    void givenTheSampleOrders_whenImportedSegmentedAndExported_thenEachStepSucceedsAndTheListHasTheSegmentsCustomers()
            throws Exception {
        Path workspace = folder.resolve("shop");
        Path orders = SAMPLES.resolve("online-shop-orders.csv");
        Path list = folder.resolve("largest.csv");

        CliRun imported = personae("import", orders.toString(), "--workspace", workspace.toString());
        CliRun segmented = personae("segment", "--workspace", workspace.toString(), "--k", "5");
        CliRun exported = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--segment", "1");

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("Imported online-shop-orders.csv: 45,419 rows read, 5,000 customers found", imported.out().strip());
        assertTrue(imported.err().contains("transactions") && imported.err().contains("customer id 'Customer ID'"), imported.err());
        assertEquals(0, segmented.exitCode(), segmented.err());
        assertTrue(segmented.out().strip().matches("Segmented 5,000 customers into 5 segments: 1 .+ \\([\\d,]+\\)(; [2-5] .+ \\([\\d,]+\\)){4}"),
                segmented.out());
        assertEquals(0, exported.exitCode(), exported.err());
        int largest = latest(workspace).personas().getFirst().size();
        assertEquals("Exported " + largest + " customers to largest.csv", exported.out().strip());
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        assertEquals(EXPORT_HEADER, lines.getFirst());
        assertEquals(largest, lines.size() - 1);
    }

    @Test
    void givenTheMallCustomers_whenImportedSegmentedIntoFourAndExported_thenEveryCustomerIsListed() throws Exception {
        Path mall = DATASETS.resolve("mall/Mall_Customers.csv");
        Assumptions.assumeTrue(Files.exists(mall), "the public data sets are not beside the clone");
        Path workspace = folder.resolve("mall");
        Path list = folder.resolve("mall.csv");

        CliRun imported = personae("import", mall.toString(), "--workspace", workspace.toString());
        CliRun segmented = personae("segment", "--workspace", workspace.toString(), "--k", "4");
        CliRun exported = personae("export", "--workspace", workspace.toString(), "--out", list.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("200 customers found"), imported.out());
        assertEquals(0, segmented.exitCode(), segmented.err());
        assertTrue(segmented.out().startsWith("Segmented 200 customers into 4 segments: "), segmented.out());
        assertEquals(0, exported.exitCode(), exported.err());
        assertEquals("Exported 200 customers to mall.csv", exported.out().strip());
        assertEquals(201, Files.readAllLines(list, StandardCharsets.UTF_8).size());
    }

    @Test
    void givenAPriorImport_whenBadFilesAreImported_thenEachFailsNamingTheFileAndTheWorkspaceKeepsItsData()
            throws Exception {
        Path workspace = folder.resolve("kept");
        Path good = Files.writeString(folder.resolve("orders.csv"), SMALL_ORDERS);
        assertEquals(0, personae("import", good.toString(), "--workspace", workspace.toString()).exitCode());
        Path empty = Files.createFile(folder.resolve("empty.csv"));
        Path binary = Files.write(folder.resolve("blob.txt"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 0, 7, 0, 3});

        for (Path bad : List.of(folder.resolve("missing.csv"), empty, binary)) {
            CliRun run = personae("import", bad.toString(), "--workspace", workspace.toString());

            assertEquals(1, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.err().startsWith("personae: "), run.err());
            assertTrue(run.err().contains(bad.getFileName().toString()), run.err());
            assertNoStackTrace(run);
            assertEquals("", run.out());
        }
        try (Project project = Project.open(workspace)) {
            ImportSummary last = project.lastImport().orElseThrow();
            assertEquals("orders.csv", last.file().getFileName().toString());
            assertEquals(3, project.customers().orElseThrow().size());
        }
    }

    @Test
    void givenASegmentedWorkspace_whenAnUnknownSegmentIsExported_thenTheMessageListsTheSegmentsAndNoFileIsWritten()
            throws Exception {
        Path workspace = folder.resolve("small");
        Path good = Files.writeString(folder.resolve("orders.csv"), SMALL_ORDERS);
        personae("import", good.toString(), "--workspace", workspace.toString());
        assertEquals(0, personae("segment", "--workspace", workspace.toString(), "--k", "2").exitCode());
        Path list = folder.resolve("list.csv");

        CliRun run = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--segment", "Nobody");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("personae: There is no segment 'Nobody'. Choose one of: 1 "), run.err());
        assertNoStackTrace(run);
        assertFalse(Files.exists(list));
    }

    @Test
    void givenTooManySegments_whenSegmenting_thenTheOptionsMessageIsShownWithExitCodeOne() throws IOException {
        Path workspace = folder.resolve("small");
        personae("import", Files.writeString(folder.resolve("orders.csv"), SMALL_ORDERS).toString(),
                "--workspace", workspace.toString());

        CliRun run = personae("segment", "--workspace", workspace.toString(), "--k", "20");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("between 2 and 12"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void givenNoWorkspaceThere_whenSegmenting_thenItSaysToImportFirstAndCreatesNothing() {
        Path workspace = folder.resolve("typo");

        CliRun run = personae("segment", "--workspace", workspace.toString(), "--k", "3");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("There is no workspace at " + workspace), run.err());
        assertFalse(Files.exists(workspace));
    }

    @Test
    void givenAMissingRequiredOption_whenRun_thenItIsAUsageErrorWithExitCodeTwo() {
        CliRun run = personae("segment", "--workspace", folder.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--k"), run.err());
    }

    @Test
    void givenAWrongKind_whenImporting_thenItIsAUsageErrorNamingTheChoices() {
        CliRun run = personae("import", "x.csv", "--workspace", folder.toString(), "--kind", "orders");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("use transactions or customers"), run.err());
    }

    @Test
    void givenAnOverriddenCustomerColumnThatIsBlank_whenImporting_thenTheMessageListsTheFilesColumns() throws IOException {
        Path good = Files.writeString(folder.resolve("orders.csv"), SMALL_ORDERS);

        CliRun run = personae("import", good.toString(), "--workspace", folder.resolve("w").toString(), "--customer-id", " ");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("orders.csv: Choose the column that holds the customer id."), run.err());
        assertTrue(run.err().contains("Order ID, Order Date, Customer ID"), run.err());
    }

    @Test
    void givenAVersionRequest_whenRun_thenItPrintsTheName() {
        CliRun run = personae("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("personae "), run.out());
    }

    @Test
    void givenANumericTable_whenBenchmarked_thenOneComparableLineIsPrinted() throws IOException {
        Path features = Files.writeString(folder.resolve("blobs.csv"), "x,y\n0,0\n0,1\n1,0\n10,10\n10,11\n11,10\n");

        CliRun run = personae("bench", "kmeans", features.toString(), "2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("personae k=2 n=6 d=2 n_init=1 fit_ms="), run.out());
    }

    private static Segmentation latest(Path workspace) throws Exception {
        try (Project project = Project.open(workspace)) {
            return project.segmentation().orElseThrow();
        }
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    }
}
