package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import io.personae.app.common.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final FakeDialogService dialogs = new FakeDialogService();
    private Project project;
    private ExportViewModel viewModel;

    @BeforeEach
    void segmentCustomers() throws Exception {
        project = Project.open(folder.resolve("test.mv.db"));
        project.importFile(TestData.customers(folder),
                new ImportOptions(DataKind.CUSTOMERS, "Customer ID", "Email", null, null, null, null, List.of("Spend", "Visits")),
                ProgressMonitor.NONE);
        project.segment(SegmentationOptions.withK(3), ProgressMonitor.NONE);
        session.show(project);
        viewModel = new ExportViewModel(session, new DirectTaskRunner(), dialogs);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void givenNoCardTicked_whenTheDialogOpens_thenEverySegmentIsChosen() {
        viewModel.begin();

        assertTrue(viewModel.showingProperty().get());
        assertEquals(3, viewModel.choices().size());
        assertTrue(viewModel.choices().stream().allMatch(c -> c.selected().get()));
    }

    @Test
    void givenOneCardTicked_whenExported_thenTheFileHoldsThatSegmentsCustomers() throws Exception {
        session.segmentsForExport().add(1);
        Path target = folder.resolve("campaign");
        dialogs.willSave(target);
        viewModel.begin();
        assertEquals(List.of(false, true, false), viewModel.choices().stream().map(c -> c.selected().get()).toList());

        viewModel.exportNow();

        Path written = folder.resolve("campaign.csv");
        List<String> lines = Files.readAllLines(written);
        int size = session.snapshot().segmentation().personas().get(1).size();
        assertEquals("Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action", lines.getFirst());
        assertEquals(size, lines.size() - 1);
        assertFalse(viewModel.showingProperty().get());
        assertEquals("Exported " + size + " customers to campaign.csv", session.noticeProperty().get());
        assertEquals(1, dialogs.informations().size());
    }

    @Test
    void givenNoSegmentChosen_whenExporting_thenNothingIsAskedOrWritten() {
        viewModel.begin();
        viewModel.choices().forEach(c -> c.selected().set(false));

        assertFalse(viewModel.canExportProperty().get());
        viewModel.exportNow();

        assertTrue(viewModel.showingProperty().get());
        assertEquals(0, dialogs.informations().size());
    }

    @Test
    void givenOneSegment_whenAFileNameIsSuggested_thenItIsThePersonaNameAsPlainWords() {
        Segmentation segmentation = session.snapshot().segmentation();
        String name = segmentation.personas().getFirst().name();

        String suggested = ExportViewModel.suggestedName(segmentation, Set.of(0));

        assertTrue(suggested.matches("[a-z0-9-]+\\.csv"), suggested + " from " + name);
        assertEquals("segments.csv", ExportViewModel.suggestedName(segmentation, Set.of(0, 1)));
    }
}
