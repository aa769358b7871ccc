package io.personae.analytics.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationStoreTest {

    @TempDir
    Path folder;

    /// Twelve customers: three age groups, a channel, one gap in spend.
    private static CustomerTable table() {
        int n = 12;
        String[] ids = IntStream.range(0, n).mapToObj(i -> "c" + i).toArray(String[]::new);
        double[] age = {20, 22, 21, 23, 45, 46, 44, 47, 70, 71, 72, 69};
        double[] spend = {10, 12, Double.NaN, 11, 300, 280, 310, 290, 50, 55, 45, 52};
        String[] channel = {"web", "web", "web", "shop", "shop", "shop", "web", "shop", "phone", "phone", "phone", "web"};
        return new CustomerTable(ids, new String[n], new String[n], new String[n],
                List.of(new Feature("Age", FeatureKind.NUMBER, false), new Feature("Spend", FeatureKind.MONEY, true)),
                new double[][] {age, spend}, List.of(new CategoryColumn("Channel", channel)));
    }

    private static List<Persona> personas(SegmentationResult result) {
        return IntStream.range(0, result.k())
                .mapToObj(s -> new Persona(s, "Persona " + (s + 1), result.sizes()[s], 0, Double.NaN, List.of())).toList();
    }

    private SegmentationResult saveAndReload(SegmentationResult result) throws WorkspaceException {
        Path file = folder.resolve("runs.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.saveSegmentation(result, personas(result));
        }
        try (Workspace reopened = Workspace.open(file)) {
            return reopened.loadLatestSegmentation().orElseThrow();
        }
    }

    @Test
    void givenARunWithEveryOption_whenSavedAndLoaded_thenOptionsAndArraysAreEqual()
            throws SegmentationException, WorkspaceException {
        RfmCutPoints cuts = new RfmCutPoints(new double[] {1, 2, 3, 4}, new double[] {1, 1, 2, 3}, new double[] {5, 6.5, 7, 8});
        SegmentationOptions options = new SegmentationOptions(3, 99, 2, 50, Method.GAUSSIAN_MIXTURE,
                List.of(new FeatureChoice("Age", Scaling.ROBUST), new FeatureChoice("Spend", Scaling.LOG)),
                List.of("Channel"), MissingValues.DROP, cuts);
        SegmentationResult result = Segmenter.segment(table(), options, ProgressMonitor.NONE).withIdentities(new int[] {2, 0, 1});

        SegmentationResult loaded = saveAndReload(result);

        assertEquals(options, loaded.options());
        assertArrayEquals(result.assignment(), loaded.assignment());
        assertArrayEquals(new int[] {2, 0, 1}, loaded.identities());
        assertArrayEquals(result.centroids(), loaded.centroids());
        assertEquals(result.featureNames(), loaded.featureNames());
        assertEquals(result.labels(), loaded.labels());
        assertNull(loaded.rfmCutPoints());
        assertEquals(result.fingerprint(), loaded.fingerprint());
    }

    @Test
    void givenStoredOptions_whenRunAgainOnTheSameTable_thenTheAssignmentsAreIdentical()
            throws SegmentationException, WorkspaceException {
        SegmentationOptions options = new SegmentationOptions(3, 7, 3, 100, Method.K_PROTOTYPES,
                List.of(new FeatureChoice("Age", Scaling.STANDARDISE), new FeatureChoice("Spend", Scaling.AUTO)), List.of("Channel"),
                MissingValues.OWN_CATEGORY, null);
        SegmentationResult first = Segmenter.segment(table(), options, ProgressMonitor.NONE);

        SegmentationResult loaded = saveAndReload(first);
        SegmentationResult again = Segmenter.segment(table(), loaded.options(), ProgressMonitor.NONE);

        assertArrayEquals(first.assignment(), again.assignment());
        assertEquals(4, again.k());
    }

    @Test
    void givenAnRfmRun_whenSavedAndLoaded_thenGroupNamesAndCutPointsComeBack()
            throws SegmentationException, WorkspaceException {
        double[] recency = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] frequency = {10, 1, 5, 3, 6, 2, 8, 4, 9, 7};
        double[] monetary = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000};
        String[] ids = IntStream.range(0, 10).mapToObj(i -> "c" + i).toArray(String[]::new);
        CustomerTable orders = new CustomerTable(ids, new String[10], new String[10], new String[10],
                TransactionFeatures.FEATURES, new double[][] {recency, frequency, monetary, monetary, recency});
        SegmentationOptions options = new SegmentationOptions(2, 42, 1, 1, Method.RFM, List.of(), List.of(),
                MissingValues.MEDIAN, null);
        SegmentationResult result = Segmenter.segment(orders, options, ProgressMonitor.NONE);

        SegmentationResult loaded = saveAndReload(result);

        assertEquals(result.labels(), loaded.labels());
        assertEquals(result.rfmCutPoints(), loaded.rfmCutPoints());
        assertNull(loaded.options().rfmCutPoints());
    }

    @Test
    void givenAWorkspaceFromBeforeTheNewColumns_whenLoaded_thenTheOldRunReadsWithTheDefaults()
            throws WorkspaceException, SQLException {
        Path file = folder.resolve("old.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(0, workspace.latestPersonaNames().size());
        }
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + WorkspaceFile.databaseName(file.toAbsolutePath()), "personae", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO segmentation (k, seed, restarts, max_iterations, fingerprint, inertia,"
                    + " iterations, feature_names, persona_names, centroids, assignment, created_at) VALUES (2, 42, 4, 300,"
                    + " 'abc', 1.5, 3, ARRAY['Age'], ARRAY['Young', 'Old'], X'" + hex(new double[][] {{-1}, {1}}) + "', X'"
                    + hex(new int[] {0, 1, 1}) + "', CURRENT_TIMESTAMP)");
        }

        try (Workspace workspace = Workspace.open(file)) {
            SegmentationResult loaded = workspace.loadLatestSegmentation().orElseThrow();

            assertEquals(SegmentationOptions.withK(2), loaded.options());
            assertArrayEquals(new int[] {0, 1}, loaded.identities());
            assertEquals(List.of(), loaded.labels());
            assertArrayEquals(new int[] {0, 1, 1}, loaded.assignment());
        }
    }

    private static String hex(double[][] matrix) {
        return java.util.HexFormat.of().formatHex(Packing.matrix(matrix));
    }

    private static String hex(int[] values) {
        return java.util.HexFormat.of().formatHex(Packing.ints(values));
    }
}
