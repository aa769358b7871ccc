package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.export;
import static io.personae.analytics.exporter.ExportFixtures.fileNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Targets an export cannot be written to: a clear message and no file, whole or partial.
class BadTargetTest {

    @TempDir
    Path folder;

    @Test
    void givenAFolderPathThatIsARegularFile_whenExported_thenTheMessageSaysItIsNotAFolder() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        ExportException e = assertThrows(ExportException.class,
                () -> export(new ExportOptions(file.resolve("list.csv"), Set.of())));

        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals(List.of("notes.txt"), fileNames(folder));
    }

    @Test
    void givenAMissingParentFolder_whenExported_thenTheMessageNamesIt() {
        Path missing = folder.resolve("a").resolve("b");

        ExportException e = assertThrows(ExportException.class,
                () -> export(ExportOptions.of(missing.resolve("list.csv"), ExportPreset.MAILCHIMP)));

        assertTrue(e.getMessage().contains("The folder " + missing + " does not exist"), e.getMessage());
    }

    @Test
    void givenADiskThatFillsUpMidWrite_whenExported_thenTheOldFileStaysAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.writeString(folder.resolve("list.csv"), "previous export");
        StagedFiles.Opener fillsUp = file -> new FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int i = 0; i < length; i++) {
                    write(bytes[offset + i]);
                }
            }
        };

        ExportException e = assertThrows(ExportException.class, () -> CampaignExporter.export(ExportFixtures.many(50),
                ExportFixtures.spread(50, 2), StrategyPlanner.plan(ExportFixtures.many(50), ExportFixtures.spread(50, 2).result()),
                ActionVocabulary.defaults(), new ExportOptions(target, Set.of()), ProgressMonitor.NONE, fillsUp));

        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("list.csv"), e.getMessage());
        assertEquals("previous export", Files.readString(target));
        assertEquals(List.of("list.csv"), fileNames(folder));
    }

    @Test
    void givenAFileLockedByAnotherProgram_whenDescribed_thenTheMessageSaysToCloseIt() {
        Path target = folder.resolve("list.csv");

        String message = StagedFiles.describe(target, new AccessDeniedException(target.toString()));

        assertTrue(message.contains("Close it if it is open in another program"), message);
    }

    @Test
    void givenAnExcludedFileAndAFailingExport_whenExported_thenTheExcludedFileIsRemovedToo() throws Exception {
        Path target = folder.resolve("list.csv");
        Path excluded = ExcludedFile.besides(target);
        int[] opened = {0};
        StagedFiles.Opener failsSecond = file -> {
            if (++opened[0] == 2) {
                throw new IOException("No space left on device");
            }
            return Files.newOutputStream(file);
        };

        assertThrows(ExportException.class, () -> CampaignExporter.export(ExportFixtures.TABLE, ExportFixtures.SEGMENTATION,
                StrategyPlanner.plan(ExportFixtures.TABLE, ExportFixtures.SEGMENTATION.result()), ActionVocabulary.defaults(),
                ExportOptions.of(target, ExportPreset.KLAVIYO).withExcludedFile(excluded), ProgressMonitor.NONE, failsSecond));

        assertEquals(List.of(), fileNames(folder));
    }

}
