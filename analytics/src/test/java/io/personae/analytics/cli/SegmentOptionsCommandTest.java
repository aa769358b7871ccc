package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `personae segment` with a method, chosen features, categories, missing values and RFM cut points.
class SegmentOptionsCommandTest {

    @TempDir
    static Path imported;

    @TempDir
    Path folder;

    private Path workspace;

    /// Twenty customers: customer i orders (i % 5) + 1 times, the last order i * 9 days before
    /// the end of the year, each order worth 10 * (i + 1). Imported once; each test segments a copy.
    @BeforeAll
    static void importOrders() throws IOException {
        StringBuilder csv = new StringBuilder("Order ID,Order Date,Customer ID,Order Total\n");
        LocalDate end = LocalDate.of(2025, 12, 31);
        int order = 1;
        for (int i = 0; i < 20; i++) {
            for (int o = 0; o <= i % 5; o++) {
                csv.append(order++).append(',').append(end.minusDays(i * 9L + o * 30L)).append(",C").append(i)
                        .append(',').append(10 * (i + 1)).append('\n');
            }
        }
        Path file = Files.writeString(imported.resolve("orders.csv"), csv);
        CliRun run = personae("import", file.toString(), "--workspace", imported.resolve("shop.mv.db").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @BeforeEach
    void copyWorkspace() throws IOException {
        workspace = folder.resolve("shop.mv.db");
        Files.copy(imported.resolve("shop.mv.db"), workspace);
    }

    private SegmentationResult latest() throws Exception {
        try (Project project = Project.open(workspace)) {
            return project.segmentation().orElseThrow().result();
        }
    }

    @Test
    void givenRfmWithoutK_whenSegmenting_thenGroupsAreNamedAndTheInputsLineIsOnStandardError() throws Exception {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--method", "rfm");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("RFM scoring on " + TransactionFeatures.RECENCY + " (standardise)"), run.err());
        assertTrue(run.out().startsWith("Segmented 20 customers into "), run.out());
        SegmentationResult result = latest();
        assertEquals(Method.RFM, result.options().method());
        assertEquals(result.k(), result.labels().size());
    }

    @Test
    void givenAMethodFeaturesAndMissingValues_whenSegmenting_thenTheRunKeepsThem() throws Exception {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--k", "2", "--method", "gmm",
                "--feature", TransactionFeatures.MONETARY + ":robust", "--feature", TransactionFeatures.RECENCY,
                "--missing", "drop");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Missing values: none."), run.err());
        SegmentationOptions options = latest().options();
        assertEquals(Method.GAUSSIAN_MIXTURE, options.method());
        assertEquals(List.of(new FeatureChoice(TransactionFeatures.MONETARY, Scaling.ROBUST),
                new FeatureChoice(TransactionFeatures.RECENCY, Scaling.AUTO)), options.features());
        assertEquals(MissingValues.DROP, options.missing());
    }

    @Test
    void givenOneRfmMeasureCut_whenSegmenting_thenTheOthersAreTheDataQuintiles() throws Exception {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--method", "rfm",
                "--rfm-frequency", "1,2,3,4");

        assertEquals(0, run.exitCode(), run.err());
        SegmentationResult result = latest();
        assertArrayEquals(new double[] {1, 2, 3, 4}, result.rfmCutPoints().frequency());
        try (Project project = Project.open(workspace)) {
            assertEquals(project.rfmQuintiles().recency()[2], result.rfmCutPoints().recency()[2]);
        }
    }

    @Test
    void givenAnUnknownFeature_whenSegmenting_thenTheMessageListsTheFeaturesWithExitCodeOne() {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--k", "2", "--feature", "Income");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("personae: There is no feature \"Income\". Choose from: "
                + TransactionFeatures.RECENCY), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void givenAnUnknownCategory_whenSegmenting_thenTheMessageSaysThereAreNoCategoryColumns() {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--k", "2", "--category", "Country");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("There is no category column \"Country\""), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void givenMalformedRfmCuts_whenSegmenting_thenTheMessageShowsTheExpectedForm() {
        CliRun run = personae("segment", "--workspace", workspace.toString(), "--method", "rfm", "--rfm-cuts", "1,2,3,4/5");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("personae: RFM cut points need three lists separated by '/'"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void givenAnUnknownMethodOrScaling_whenSegmenting_thenItIsAUsageErrorNamingTheChoices() {
        CliRun method = personae("segment", "--workspace", workspace.toString(), "--k", "2", "--method", "dbscan");
        CliRun scaling = personae("segment", "--workspace", workspace.toString(), "--k", "2", "--feature",
                TransactionFeatures.MONETARY + ":sqrt");

        assertEquals(2, method.exitCode());
        assertTrue(method.err().contains("use kmeans, gmm, ward, kprototypes or rfm"), method.err());
        assertEquals(2, scaling.exitCode());
        assertTrue(scaling.err().contains("use auto, standardise, robust, log or rank"), scaling.err());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    }
}
