package io.personae.analytics.exporter;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/// Hand-made customers with known answers for the preset, validation and group tests.
///
/// Segment 1 (index 0): a, c, e, g. Segment 2 (index 1): b, d, f.
/// - a: valid, consented, France, a last name of 200 "é" (400 bytes)
/// - b: valid, consented, United Kingdom, first name "=Bob", no orders
/// - c: same address as b in other case: a duplicate
/// - d: an invalid address
/// - e: no address
/// - f: refused consent ("no"), USA
/// - g: consent blank (never asked), Atlantis (not a country)
final class ExportFixtures {

    static final String LONG_NAME = "é".repeat(200);

    static final CustomerTable TABLE = new CustomerTable(
            new String[] {"a", "b", "c", "d", "e", "f", "g"},
            new String[] {"ann@example.com", "BOB@example.com", "bob@example.com ", "not-an-email", null, "fay@example.com",
                "gus@example.com"},
            new String[] {"Ann", "=Bob", "Bobby", "Cy", "Dee", "Fay", "Gus"},
            new String[] {LONG_NAME, "Jones", "Jones", "Doe", "Dane", "Fox", "Grey"},
            List.of(new Feature("Spend", FeatureKind.MONEY, true), new Feature("Orders", FeatureKind.COUNT, false)),
            new double[][] {{100, 10, 90, 12, 95, 50, 40.5}, {3, 0, 2, 2, 5, 1, 1}},
            List.of(new CategoryColumn("Country", new String[] {"France", "United Kingdom", "Atlantis", "Germany", null, "USA",
                "Atlantis"}),
                    new CategoryColumn("Marketing consent", new String[] {"yes", "Yes", "yes", "yes", null, "no", null}),
                    new CategoryColumn("Signed up", new String[] {"2026-03-01T10:15:00", "2026/02/01", "01/02/2026", null, null,
                        "2026-01-05", "2026-01-06 08:00"})));

    static final Segmentation SEGMENTATION = segmentation(new int[] {0, 1, 0, 1, 0, 1, 0},
            List.of(new Persona(0, "Big spenders", 4, 4 / 7.0, 0.8, List.of()),
                    new Persona(1, "Small, \"careful\" buyers", 3, 3 / 7.0, 0.2, List.of())));

    private ExportFixtures() {}

    static Segmentation segmentation(int[] assignment, List<Persona> personas) {
        int k = personas.size();
        double[][] centroids = new double[k][1];
        return new Segmentation(new SegmentationResult(SegmentationOptions.withK(Math.max(2, k)), List.of("Spend"), assignment,
                centroids, 0.5, 3, new float[assignment.length], new float[assignment.length], "test", Instant.EPOCH), personas);
    }

    static ExportSummary export(CustomerTable table, Segmentation segmentation, ExportOptions options) throws ExportException {
        return CampaignExporter.export(table, segmentation, StrategyPlanner.plan(table, segmentation.result()),
                ActionVocabulary.defaults(), options, ProgressMonitor.NONE);
    }

    static ExportSummary export(ExportOptions options) throws ExportException {
        return export(TABLE, SEGMENTATION, options);
    }

    /// `n` customers with distinct valid addresses, spread over `k` segments in turn.
    static CustomerTable many(int n) {
        String[] ids = IntStream.range(0, n).mapToObj(i -> "c" + i).toArray(String[]::new);
        String[] emails = IntStream.range(0, n).mapToObj(i -> "customer" + i + "@example.com").toArray(String[]::new);
        String[] names = new String[n];
        Arrays.fill(names, "Name");
        double[] spend = IntStream.range(0, n).mapToDouble(i -> i % 97).toArray();
        return new CustomerTable(ids, emails, names, names, List.of(new Feature("Spend", FeatureKind.MONEY, true)),
                new double[][] {spend});
    }

    static Segmentation spread(int n, int k) {
        int[] assignment = IntStream.range(0, n).map(i -> i % k == 0 ? 0 : i % k).toArray();
        int[] sizes = new int[k];
        for (int s : assignment) {
            sizes[s]++;
        }
        List<Persona> personas = IntStream.range(0, k)
                .mapToObj(s -> new Persona(s, "Persona " + s, sizes[s], (double) sizes[s] / n, 1.0 / k, List.of())).toList();
        return segmentation(assignment, personas);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
