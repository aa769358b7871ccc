package io.personae.analytics.exporter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignExporterTest {

    /// Five customers: segment 0 = a, c, e; segment 1 = b, d. Customer d has no email.
    private static final CustomerTable TABLE = new CustomerTable(
            new String[] {"a", "b", "c", "d", "e"},
            new String[] {"ann@example.com", "bob@example.com", "cy@example.com", null, "eve@example.com"},
            new String[] {"Ann", "@nna", "Cy", "Dee", "Eve"},
            new String[] {"Smith, Jr.", "Jones", "=HYPERLINK(\"x\")", "Doe", "Müller"},
            List.of(new Feature("Spend", FeatureKind.MONEY, true)),
            new double[][] {{100, 10, 90, 12, 95}});

    private static final Segmentation SEGMENTATION = new Segmentation(
            new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend"), new int[] {0, 1, 0, 1, 0},
                    new double[][] {{1}, {-1}}, 0.5, 3, new float[5], new float[5], "test", Instant.EPOCH),
            List.of(new Persona(0, "Big spenders", 3, 0.6, 0.9, List.of()),
                    new Persona(1, "Small, \"careful\" buyers", 2, 0.4, 0.1, List.of())));

    @TempDir
    Path folder;

    @Test
    void givenAllSegments_whenExported_thenEveryCustomerIsWrittenInTableOrderUnderTheHeader() throws Exception {
        Path target = folder.resolve("all.csv");

        ExportSummary summary = export(target, Set.of());

        assertEquals(5, summary.rows());
        assertEquals(target, summary.target());
        assertEquals(List.of(
                "Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action",
                "ann@example.com,Ann,\"Smith, Jr.\",Segment 1,Big spenders,Retain,Grow (cross-sell)",
                "bob@example.com,'@nna,Jones,Segment 2,\"Small, \"\"careful\"\" buyers\",Upgrade,Nurture",
                "cy@example.com,Cy,\"'=HYPERLINK(\"\"x\"\")\",Segment 1,Big spenders,Upgrade,Nurture",
                ",Dee,Doe,Segment 2,\"Small, \"\"careful\"\" buyers\",Upgrade,Nurture",
                "eve@example.com,Eve,Müller,Segment 1,Big spenders,Retain,Grow (cross-sell)"), lines(target));
    }

    @Test
    void givenRelabelledActions_whenExported_thenTheActionColumnsUseTheUsersWords() throws Exception {
        Path target = folder.resolve("labels.csv");
        ActionVocabulary vocabulary = ActionVocabulary.defaults().with(ActionType.RETAIN, "VIP care");

        CampaignExporter.export(TABLE, SEGMENTATION, StrategyPlanner.plan(TABLE, SEGMENTATION.result()), vocabulary,
                new ExportOptions(target, Set.of(0)), ProgressMonitor.NONE);

        // spend median 90: Ann (100) and Eve (95) are high value; no order history, so potential counts as high
        assertEquals(List.of("VIP care", "Upgrade", "VIP care"),
                lines(target).stream().skip(1).map(line -> line.split(",")[line.split(",").length - 2]).toList());
    }

    @Test
    void givenOneSegment_whenExported_thenOnlyItsCustomersAreWrittenAndCounted() throws Exception {
        Path target = folder.resolve("small.csv");

        ExportSummary summary = export(target, Set.of(1));

        assertEquals(2, summary.rows());
        assertEquals(3, lines(target).size());
        assertTrue(lines(target).get(1).startsWith("bob@example.com,"));
        assertTrue(lines(target).get(2).startsWith(",Dee,"));
    }

    @Test
    void givenAnExport_whenReadAsBytes_thenItIsUtf8WithoutBomAndEveryLineEndsWithCrLf() throws Exception {
        Path target = folder.resolve("bytes.csv");

        export(target, Set.of());

        byte[] bytes = Files.readAllBytes(target);
        assertEquals('E', bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(6, text.split("\r\n").length);
        assertFalse(text.replace("\r\n", "").contains("\n"));
        assertTrue(text.contains("Müller"));
    }

    @Test
    void givenCustomersLeftOutOfTheRun_whenEverySegmentIsExported_thenTheyAreNotWritten() throws Exception {
        Path target = folder.resolve("some-left-out.csv");
        SegmentationResult withGaps = new SegmentationResult(SegmentationOptions.withK(2), List.of("Spend"),
                new int[] {0, -1, 0, 1, -1}, new double[][] {{1}, {-1}}, 0.5, 3, new float[5], new float[5], "test",
                Instant.EPOCH);
        Segmentation segmentation = new Segmentation(withGaps, SEGMENTATION.personas());

        ExportSummary summary = CampaignExporter.export(TABLE, segmentation, new ExportOptions(target, Set.of()),
                ProgressMonitor.NONE);

        assertEquals(3, summary.rows());
        assertEquals(List.of("ann@example.com", "cy@example.com", ""),
                lines(target).stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList());
    }

    @Test
    void givenASegmentNotInTheRun_whenExported_thenItFailsAndWritesNothing() {
        Path target = folder.resolve("none.csv");

        ExportException e = assertThrows(ExportException.class, () -> export(target, Set.of(2)));

        assertTrue(e.getMessage().contains("no such segment") && e.getMessage().contains("choose one of 1, 2"),
                e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void givenAMissingFolder_whenExported_thenTheMessageNamesTheFolder() {
        Path missing = folder.resolve("not-there");

        ExportException e = assertThrows(ExportException.class, () -> export(missing.resolve("x.csv"), Set.of()));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void givenATargetThatIsAFolder_whenExported_thenItFailsAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.createDirectory(folder.resolve("taken.csv"));
        Files.writeString(target.resolve("inside.txt"), "keeps the folder non-empty");

        ExportException e = assertThrows(ExportException.class, () -> export(target, Set.of()));

        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals(List.of("taken.csv"), fileNames());
    }

    @Test
    void givenAnExistingFile_whenTheExportIsCancelled_thenTheOldFileStaysAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.writeString(folder.resolve("old.csv"), "previous export");
        CancellableProgress progress = new CancellableProgress();
        progress.cancel();

        assertThrows(CancelledException.class, () -> CampaignExporter.export(TABLE, SEGMENTATION,
                new ExportOptions(target, Set.of()), progress));

        assertEquals("previous export", Files.readString(target));
        assertEquals(List.of("old.csv"), fileNames());
    }

    @Test
    void givenAnExistingFile_whenExported_thenItIsReplaced() throws Exception {
        Path target = Files.writeString(folder.resolve("old.csv"), "previous export");

        export(target, Set.of(0));

        assertEquals(4, lines(target).size());
        assertArrayEquals(new String[] {"old.csv"}, fileNames().toArray());
    }

    private static ExportSummary export(Path target, Set<Integer> segments) throws ExportException {
        return CampaignExporter.export(TABLE, SEGMENTATION, new ExportOptions(target, segments), ProgressMonitor.NONE);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
