package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final Path SAMPLES = Path.of(System.getProperty("personae.samples", "../samples/data"));
    private static final String SCORE_LINE = "k=\\d+ +silhouette=-?\\d\\.\\d{3} calinski_harabasz=\\d+\\.\\d"
            + " davies_bouldin=\\d+\\.\\d{3} wcss=\\d+\\.\\d smallest=\\d+\\.\\d% stability=(\\d\\.\\d\\d|not measured)";

    @TempDir
    static Path folder;

    /// The sample orders, imported once; each test works on its own copy.
    private static Path imported;

    @BeforeAll
    static void importTheSampleOrders() {
        imported = folder.resolve("imported");
        CliRun run = personae("import", SAMPLES.resolve("online-shop-orders.csv").toString(),
                "--workspace", imported.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    /// A fresh copy of the imported workspace (a folder holding the H2 file), cheaper than importing again.
    private static Path copy(String name) throws IOException {
        Path target = Files.createDirectory(folder.resolve(name));
        try (Stream<Path> files = Files.list(imported)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    @Test
    void givenTheSampleOrders_whenSweptWithoutK_thenOneLinePerKAndARecommendationArePrintedAndNothingIsSegmented()
            throws Exception {
        Path workspace = copy("sweep-only");

        CliRun run = personae("segment", "--workspace", workspace.toString(), "--sweep", "2..4");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals(4, lines.size(), run.out());
        for (int i = 0; i < 3; i++) {
            assertTrue(lines.get(i).matches(SCORE_LINE), lines.get(i));
            assertTrue(lines.get(i).startsWith("k=" + (i + 2) + " "), lines.get(i));
        }
        assertTrue(lines.getLast().matches("\\d+ scores best.* \\d+ is recommended\\."), lines.getLast());
        try (Project project = Project.open(workspace)) {
            assertTrue(project.segmentation().isEmpty());
        }
    }

    @Test
    void givenKAndStability_whenSegmented_thenEachSegmentGetsAJaccardLineSayingStableOrUnstable() throws IOException {
        CliRun run = personae("segment", "--workspace", copy("stability").toString(), "--k", "4", "--stability");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.getFirst().startsWith("Segmented 5,000 customers into 4 segments: "), lines.getFirst());
        for (String line : lines.subList(1, 5)) {
            assertTrue(line.matches("Segment [1-4] .+: Jaccard [01]\\.\\d\\d, (stable|unstable)"), line);
        }
    }

    @Test
    void givenNeitherKNorSweep_whenSegmenting_thenItIsAUsageErrorNamingBoth() {
        CliRun run = personae("segment", "--workspace", imported.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--k") && run.err().contains("--sweep"), run.err());
    }

    @Test
    void givenARangeWithoutDots_whenSwept_thenItIsAUsageErrorShowingTheForm() {
        CliRun run = personae("segment", "--workspace", imported.toString(), "--sweep", "2-12");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("such as 2..12, not '2-12'"), run.err());
    }

    @Test
    void givenARangeBeyondTwelve_whenSwept_thenTheMessageGivesTheAllowedRange() {
        CliRun run = personae("segment", "--workspace", imported.toString(), "--sweep", "2..20");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("personae: The range of segments to try must lie within 2..12"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void givenNoSegmentationYet_whenStabilityIsAskedAlone_thenTheMessageSaysToSegmentFirst() throws IOException {
        Path workspace = copy("fresh");

        CliRun run = personae("segment", "--workspace", workspace.toString(), "--stability");

        assertEquals(1, run.exitCode());
        assertEquals("personae: There is no segmentation to check yet: segment the customers first.", run.err().strip());
    }
}
