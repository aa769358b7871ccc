package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private boolean canOpenFolders = true;
    private ReportViewModel viewModel;

    @BeforeEach
    void segmentCustomers() throws Exception {
        workspace.importCustomers();
        workspace.segment(3);
        workspace.show();
        viewModel = new ReportViewModel(workspace.session(), new DirectTaskRunner(), dialogs, toOpen -> {
            opened.add(toOpen);
            return canOpenFolders;
        });
    }

    @Test
    void givenNoPdfWanted_whenTheReportIsWritten_thenOnlyTheWebPageExistsAndItsPathIsReported() throws Exception {
        dialogs.willSave(workspace.folder().resolve("personas")).willAgree(false);

        viewModel.begin();

        Path html = workspace.folder().resolve("personas.html");
        assertTrue(Files.readString(html).contains("<html"));
        assertFalse(Files.exists(workspace.folder().resolve("personas.pdf")));
        assertEquals(1, dialogs.informations().size());
        assertTrue(dialogs.informations().getFirst().contains(workspace.folder().toAbsolutePath().toString()));
        assertTrue(workspace.session().noticeProperty().get().contains("personas.html"));
    }

    @Test
    void givenAPdfWanted_whenTheReportIsWritten_thenBothFilesExist() throws Exception {
        dialogs.willSave(workspace.folder().resolve("client.html")).willSave(workspace.folder().resolve("client.pdf")).willAgree(true);

        viewModel.begin();

        assertTrue(Files.size(workspace.folder().resolve("client.html")) > 0);
        assertTrue(new String(Files.readAllBytes(workspace.folder().resolve("client.pdf")), 0, 5, StandardCharsets.US_ASCII)
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
        Path reports = workspace.folder().resolve("reports");
        dialogs.willSave(reports.resolve("personas.html")).willAgree(false).willTakeAction(true);
        reports.toFile().mkdirs();

        viewModel.begin();

        assertEquals(List.of(reports.toAbsolutePath()), opened);
        assertTrue(dialogs.informations().getFirst().endsWith("[" + FolderOffer.ACTION + "]"), dialogs.informations().toString());
        assertEquals(1, dialogs.informations().size(), "nothing more to say when the workspace.folder() opened");
    }

    @Test
    void givenAPlatformThatCannotOpenFolders_whenShowFolderIsPressed_thenThePathIsShownToCopy() {
        canOpenFolders = false;
        dialogs.willSave(workspace.folder().resolve("personas.html")).willAgree(false).willTakeAction(true);

        viewModel.begin();

        assertEquals(List.of(workspace.folder().toAbsolutePath()), opened);
        assertEquals(2, dialogs.informations().size(), dialogs.informations().toString());
        assertTrue(dialogs.informations().get(1).endsWith("[" + workspace.folder().toAbsolutePath() + "]"), dialogs.informations().get(1));
    }

    @Test
    void givenTheReportWritten_whenTheMessageIsClosedWithOk_thenNoFolderIsOpened() {
        dialogs.willSave(workspace.folder().resolve("personas.html")).willAgree(false);

        viewModel.begin();

        assertTrue(opened.isEmpty());
    }
}
