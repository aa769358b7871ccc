package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import io.personae.app.common.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportViewModelTest {

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private boolean canOpenFolders = true;
    private Project project;
    private ReportViewModel viewModel;

    @BeforeEach
    void segmentCustomers() throws Exception {
        project = Project.open(folder.resolve("report.mv.db"));
        project.importFile(TestData.customers(folder),
                new ImportOptions(DataKind.CUSTOMERS, "Customer ID", "Email", null, null, null, null, List.of("Spend", "Visits")),
                ProgressMonitor.NONE);
        project.segment(SegmentationOptions.withK(3), ProgressMonitor.NONE);
        session.show(project);
        viewModel = new ReportViewModel(session, new DirectTaskRunner(), dialogs, folder -> {
            opened.add(folder);
            return canOpenFolders;
        });
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void givenNoPdfWanted_whenTheReportIsWritten_thenOnlyTheWebPageExistsAndItsPathIsReported() throws Exception {
        dialogs.willSave(folder.resolve("personas")).willAgree(false);

        viewModel.begin();

        Path html = folder.resolve("personas.html");
        assertTrue(Files.readString(html).contains("<html"));
        assertFalse(Files.exists(folder.resolve("personas.pdf")));
        assertEquals(1, dialogs.informations().size());
        assertTrue(dialogs.informations().getFirst().contains(folder.toAbsolutePath().toString()));
        assertTrue(session.noticeProperty().get().contains("personas.html"));
    }

    @Test
    void givenAPdfWanted_whenTheReportIsWritten_thenBothFilesExist() throws Exception {
        dialogs.willSave(folder.resolve("client.html")).willSave(folder.resolve("client.pdf")).willAgree(true);

        viewModel.begin();

        assertTrue(Files.size(folder.resolve("client.html")) > 0);
        assertTrue(new String(Files.readAllBytes(folder.resolve("client.pdf")), 0, 5, StandardCharsets.US_ASCII)
                .startsWith("%PDF"));
        assertTrue(dialogs.informations().getFirst().contains("client.pdf"), dialogs.informations().toString());
    }

    @Test
    void givenTheFileChooserCancelled_whenAsked_thenNothingIsWritten() {
        viewModel.begin();

        assertTrue(dialogs.informations().isEmpty());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void givenTheReportWritten_whenShowFolderIsPressed_thenTheReportsFolderIsOpened() {
        Path reports = folder.resolve("reports");
        dialogs.willSave(reports.resolve("personas.html")).willAgree(false).willTakeAction(true);
        reports.toFile().mkdirs();

        viewModel.begin();

        assertEquals(List.of(reports.toAbsolutePath()), opened);
        assertTrue(dialogs.informations().getFirst().endsWith("[" + FolderOffer.ACTION + "]"), dialogs.informations().toString());
        assertEquals(1, dialogs.informations().size(), "nothing more to say when the folder opened");
    }

    @Test
    void givenAPlatformThatCannotOpenFolders_whenShowFolderIsPressed_thenThePathIsShownToCopy() {
        canOpenFolders = false;
        dialogs.willSave(folder.resolve("personas.html")).willAgree(false).willTakeAction(true);

        viewModel.begin();

        assertEquals(List.of(folder.toAbsolutePath()), opened);
        assertEquals(2, dialogs.informations().size(), dialogs.informations().toString());
        assertTrue(dialogs.informations().get(1).endsWith("[" + folder.toAbsolutePath() + "]"), dialogs.informations().get(1));
    }

    @Test
    void givenTheReportWritten_whenTheMessageIsClosedWithOk_thenNoFolderIsOpened() {
        dialogs.willSave(folder.resolve("personas.html")).willAgree(false);

        viewModel.begin();

        assertTrue(opened.isEmpty());
    }
}
