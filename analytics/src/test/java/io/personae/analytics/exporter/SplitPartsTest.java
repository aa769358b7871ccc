package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.export;
import static io.personae.analytics.exporter.ExportFixtures.fileNames;
import static io.personae.analytics.exporter.ExportFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A Klaviyo list split into parts, exported again to the same name with fewer parts (or none):
/// the earlier export's extra parts go, so the folder never holds parts of two exports.
class SplitPartsTest {

    /// 60 customers make five parts of at most 1,024 bytes, 20 make two.
    private static final long SPLIT = 1024;

    @TempDir
    Path folder;

    @Test
    void givenAnEarlierExportInFiveParts_whenExportedAgainInTwo_thenOnlyTheTwoNewPartsRemain() throws Exception {
        Path target = folder.resolve("big.csv");
        ExportOptions options = ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(SPLIT);
        export(ExportFixtures.many(60), ExportFixtures.spread(60, 2), options);
        assertEquals(List.of("big-1.csv", "big-2.csv", "big-3.csv", "big-4.csv", "big-5.csv"), fileNames(folder));

        ExportSummary again = export(ExportFixtures.many(20), ExportFixtures.spread(20, 2), options);

        assertEquals(List.of(folder.resolve("big-1.csv"), folder.resolve("big-2.csv")), again.files());
        assertEquals(List.of("big-1.csv", "big-2.csv"), fileNames(folder));
        assertEquals(20, lines(folder.resolve("big-1.csv")).size() + lines(folder.resolve("big-2.csv")).size() - 2);
    }

    @Test
    void givenAnEarlierSplitExportAndOtherFiles_whenExportedAgainAsOneFile_thenEveryOldPartGoesAndOtherFilesStay()
            throws Exception {
        Path target = folder.resolve("big.csv");
        export(ExportFixtures.many(60), ExportFixtures.spread(60, 2),
                ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(SPLIT));
        Files.writeString(folder.resolve("big-2026.csv"), "last year's list\r\n");
        Files.writeString(folder.resolve("big-notes.csv"), "notes\r\n");
        Files.writeString(folder.resolve("bigger-1.csv"), "another export\r\n");

        export(ExportFixtures.many(60), ExportFixtures.spread(60, 2), ExportOptions.of(target, ExportPreset.KLAVIYO));

        assertEquals(List.of("big-2026.csv", "big-notes.csv", "big.csv", "bigger-1.csv"), fileNames(folder));
        assertEquals(61, lines(target).size());
    }

    @Test
    void givenAnEarlierSingleFile_whenExportedAgainInParts_thenTheSingleFileGoes() throws Exception {
        Path target = folder.resolve("big.csv");
        export(ExportFixtures.many(20), ExportFixtures.spread(20, 2), ExportOptions.of(target, ExportPreset.KLAVIYO));

        export(ExportFixtures.many(20), ExportFixtures.spread(20, 2),
                ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(SPLIT));

        assertEquals(List.of("big-1.csv", "big-2.csv"), fileNames(folder));
    }

    @Test
    void givenAnEarlierSplitExport_whenTheNewExportFailsWhileWriting_thenEveryOldPartStaysAsItWas() throws Exception {
        Path target = folder.resolve("big.csv");
        ExportOptions options = ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(SPLIT);
        export(ExportFixtures.many(60), ExportFixtures.spread(60, 2), options);
        String fifth = Files.readString(folder.resolve("big-5.csv"));
        StagedFiles.Opener fullDisk = file -> {
            throw new IOException("No space left on device");
        };

        assertThrows(ExportException.class, () -> CampaignExporter.export(ExportFixtures.many(20),
                ExportFixtures.spread(20, 2), StrategyPlanner.plan(ExportFixtures.many(20),
                        ExportFixtures.spread(20, 2).result()), ActionVocabulary.defaults(), options, ProgressMonitor.NONE,
                fullDisk));

        assertEquals(List.of("big-1.csv", "big-2.csv", "big-3.csv", "big-4.csv", "big-5.csv"), fileNames(folder));
        assertEquals(fifth, Files.readString(folder.resolve("big-5.csv")));
    }

    @Test
    void givenPartsWithAGap_whenLeftoversAreListed_thenCountingStopsAtTheGap() throws Exception {
        Path target = folder.resolve("list.csv");
        for (String name : List.of("list.csv", "list-1.csv", "list-2.csv", "list-3.csv", "list-5.csv")) {
            Files.writeString(folder.resolve(name), "x\r\n");
        }

        assertEquals(List.of(target, folder.resolve("list-3.csv")), CsvSink.leftovers(target, 2));
        assertEquals(List.of(folder.resolve("list-1.csv"), folder.resolve("list-2.csv"), folder.resolve("list-3.csv")),
                CsvSink.leftovers(target, 1));
    }
}
