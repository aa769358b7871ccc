package io.personae.analytics.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.GroupSplit;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Export history, saved presets and re-exports through the facade, across reopening the workspace.
class ProjectExportsTest {

    private static final String ORDERS = """
            Order ID,Order Date,Customer ID,Email,First Name,Last Name,Order Total
            1,2026-01-05,A1,ann@example.com,Ann,Smith,20.00
            2,2026-02-05,A1,ann@example.com,Ann,Smith,25.00
            3,2026-01-10,B2,bob@example.com,Bob,Jones,200.00
            4,2026-03-10,B2,bob@example.com,Bob,Jones,180.00
            5,2026-06-01,C3,cy@example.com,Cy,Brown,15.00
            6,2026-06-21,D4,dee@example.com,Dee,Doe,30.00
            """;
    private static final String NEWER = ORDERS + "7,2026-07-01,E5,eve@example.com,Eve,Earl,40.00\n";

    @TempDir
    Path folder;

    private void importFile(Project project, String text, String name) throws Exception {
        Path file = Files.writeString(folder.resolve(name), text);
        ImportOptions options = RoleGuesser.guess(TableReaders.preview(file, 1000)).orElseThrow();
        project.importFile(file, options, ProgressMonitor.NONE);
        project.segment(SegmentationOptions.withK(2), ProgressMonitor.NONE);
    }

    @Test
    void givenAnExportWithGroups_whenReopenedAndRepeatedOnANewerImport_thenTheHistoryAnswersWhoGotItAndTheRepeatUsesTheSameSeed()
            throws Exception {
        Path workspace = folder.resolve("shop.mv.db");
        Path spring = folder.resolve("spring.csv");
        ExportSummary first;
        try (Project project = Project.open(workspace)) {
            importFile(project, ORDERS, "orders.csv");
            first = project.export(ExportOptions.of(spring, ExportPreset.KLAVIYO).withSplit(GroupSplit.parse("50,50"), 11),
                    ProgressMonitor.NONE);
        }
        try (Project project = Project.open(workspace)) {
            List<ExportRecord> history = project.exportHistory();
            assertEquals(1, history.size());
            ExportRecord record = history.getFirst();
            assertEquals(ExportPreset.KLAVIYO, record.preset());
            assertEquals(11, record.seed());
            assertEquals("50,50", record.split().text());
            assertEquals(4, record.rows());
            assertTrue(record.allSegments());
            List<ExportedCustomer> customers = project.customersOf(record.id());
            assertEquals(List.of("A1", "B2", "C3", "D4"), customers.stream().map(ExportedCustomer::id).sorted().toList());
            assertEquals(2, customers.stream().filter(c -> c.variant().equals("A")).count());
            assertEquals(first.exported().size(), customers.size());

            importFile(project, NEWER, "newer.csv");
            ExportSummary again = project.reexport(record.id(), folder.resolve("spring-again.csv"), ProgressMonitor.NONE);

            assertEquals(5, again.rows());
            assertEquals(11, again.options().seed());
            assertEquals(2, project.exportHistory().size());
        }
    }

    @Test
    void givenASavedPreset_whenSavedAgainInOtherCaseAndDeleted_thenOneEntryIsKeptThenNone() throws Exception {
        try (Project project = Project.open(folder.resolve("presets.mv.db"))) {
            project.savePreset(new SavedPreset("Spring", ExportPreset.MAILCHIMP, List.of("Country")));
            project.savePreset(new SavedPreset("spring", ExportPreset.KLAVIYO, List.of()));

            assertEquals(List.of(new SavedPreset("spring", ExportPreset.KLAVIYO, List.of())), project.savedPresets());
            assertTrue(project.deletePreset("SPRING"));
            assertEquals(List.of(), project.savedPresets());
        }
    }

    @Test
    void givenOneSegmentExported_whenTheRecordIsRead_thenItNamesTheSegmentAndPersona() throws Exception {
        try (Project project = Project.open(folder.resolve("one.mv.db"))) {
            importFile(project, ORDERS, "orders.csv");
            Segmentation segmentation = project.segmentation().orElseThrow();

            project.export(new ExportOptions(folder.resolve("one.csv"), Set.of(0)), ProgressMonitor.NONE);

            ExportRecord record = project.exportHistory().getFirst();
            assertEquals(segmentation.number(segmentation.personas().getFirst()), record.segments().getFirst().number());
            assertEquals(segmentation.personas().getFirst().name(), record.segments().getFirst().persona());
            assertTrue(record.describe().contains("CSV, segment "), record.describe());
        }
    }
}
