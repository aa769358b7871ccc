package io.personae.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.project.Project;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceViewModelTest {

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    private final RecentProjects recent = new RecentProjects(node);
    private final Session session = new Session();
    private final FakeDialogService dialogs = new FakeDialogService();

    private WorkspaceViewModel viewModel() {
        return new WorkspaceViewModel(session, new DirectTaskRunner(), dialogs, recent, folder.resolve("data"));
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        session.project().ifPresent(Project::close);
        node.removeNode();
    }

    @Test
    void givenANewProjectNamedWithoutExtension_whenCreated_thenItIsOpenAndRemembered() {
        WorkspaceViewModel viewModel = viewModel();
        dialogs.willSave(folder.resolve("shop"));

        viewModel.newProject();

        Path file = folder.resolve("shop.mv.db");
        assertTrue(Files.exists(file), "the project file is created");
        assertEquals(List.of(file), viewModel.recentProjects());
        assertTrue(viewModel.projectOpenProperty().get());
    }

    @Test
    void givenARecentProjectThatWasDeleted_whenOpened_thenTheUserIsToldAndItLeavesTheList() {
        Path gone = folder.resolve("gone.mv.db");
        recent.add(gone);
        WorkspaceViewModel viewModel = viewModel();

        viewModel.open(gone);

        assertEquals(List.of(), viewModel.recentProjects());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().getFirst().contains(gone.toString()), dialogs.errors().getFirst());
    }

    @Test
    void givenNoProjectOpen_whenAnImportNeedsOne_thenAnUntitledProjectIsCreatedInTheDataFolder() {
        WorkspaceViewModel viewModel = viewModel();
        AtomicReference<Project> handedOut = new AtomicReference<>();

        viewModel.withProject(handedOut::set);

        assertNotNull(handedOut.get());
        assertEquals(folder.resolve("data"), viewModel.recentProjects().getFirst().getParent());
        assertTrue(viewModel.recentProjects().getFirst().getFileName().toString().startsWith("untitled-"));
    }

    @Test
    void givenAnOpenProject_whenSavedAs_thenTheCopyIsOpenAndFirstInTheRecentList() {
        WorkspaceViewModel viewModel = viewModel();
        dialogs.willSave(folder.resolve("first.mv.db")).willSave(folder.resolve("copy.mv.db"));
        viewModel.newProject();

        viewModel.saveAs();

        assertTrue(session.project().orElseThrow().file().getFileName().toString().startsWith("copy"));
        assertEquals(List.of(folder.resolve("copy.mv.db"), folder.resolve("first.mv.db")), viewModel.recentProjects());
        assertEquals(List.of(), dialogs.errors());
    }
}
