package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.fileNames;
import static io.personae.analytics.exporter.ExportFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The customers an export would leave out, saved on their own without exporting.
class ExcludedListTest {

    @TempDir
    Path folder;

    @Test
    void givenMailchimp_whenOnlyTheExcludedListIsWritten_thenItHasEachReasonAndNoExportIsWritten() throws Exception {
        Path list = folder.resolve("left-out.csv");

        ValidationReport report = CampaignExporter.writeExcluded(ExportFixtures.TABLE, ExportFixtures.SEGMENTATION,
                ExportOptions.of(folder.resolve("never-written.csv"), ExportPreset.MAILCHIMP), list);

        assertEquals(2, report.includedCount());
        assertEquals(List.of("Customer ID,Email Address,Segment,Reason,Detail",
                "c,bob@example.com ,Segment 1,Duplicate email address,same address as customer b",
                "d,not-an-email,Segment 2,Invalid email address,",
                "e,,Segment 1,No email address,",
                "f,fay@example.com,Segment 2,No marketing consent,",
                "g,gus@example.com,Segment 1,No marketing consent,"), lines(list));
        assertEquals(List.of("left-out.csv"), fileNames(folder));
    }

    @Test
    void givenASegmentNobodyCanBeMailedAndFormulaLikeAddresses_whenTheExcludedListIsWritten_thenItIsWrittenGuarded()
            throws Exception {
        CustomerTable table = new CustomerTable(new String[] {"@1", "2"},
                new String[] {"=HYPERLINK(\"http://x.example\",\"win\")", "+1 555 0100"},
                new String[] {"A", "B"}, new String[] {"C", "D"},
                List.of(new Feature("Spend", FeatureKind.MONEY, true)), new double[][] {{5, 7}});
        Segmentation segmentation = ExportFixtures.segmentation(new int[] {0, 1},
                List.of(new Persona(0, "One", 1, 0.5, 0.5, List.of()), new Persona(1, "Two", 1, 0.5, 0.5, List.of())));
        ExportOptions options = ExportOptions.of(folder.resolve("x.csv"), ExportPreset.KLAVIYO).withSegments(Set.of(0, 1));
        Path list = folder.resolve("left-out.csv");

        ValidationReport report = CampaignExporter.writeExcluded(table, segmentation, options, list);

        assertEquals(0, report.includedCount());
        assertEquals(List.of("Customer ID,Email Address,Segment,Reason,Detail",
                "'@1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"win\"\")\",Segment 1,Invalid email address,",
                "2,'+1 555 0100,Segment 2,Invalid email address,"), lines(list));
        assertThrows(ExportException.class, () -> ExportFixtures.export(table, segmentation, options));
        assertEquals(List.of("left-out.csv"), fileNames(folder));
    }

    @Test
    void givenAMissingFolder_whenTheExcludedListIsWritten_thenTheMessageNamesTheFolderAndNothingIsWritten() {
        Path list = folder.resolve("nowhere").resolve("left-out.csv");

        ExportException e = assertThrows(ExportException.class, () -> CampaignExporter.writeExcluded(ExportFixtures.TABLE,
                ExportFixtures.SEGMENTATION, ExportOptions.of(folder.resolve("x.csv"), ExportPreset.KLAVIYO), list));

        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.notExists(list));
    }
}
