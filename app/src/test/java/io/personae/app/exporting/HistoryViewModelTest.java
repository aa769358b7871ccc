package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.GroupSplit;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();
    private HistoryViewModel viewModel;

    @BeforeEach
    void exportTwice() throws Exception {
        workspace.importCustomers();
        workspace.segment(3);
        workspace.project().export(new ExportOptions(workspace.folder().resolve("first.csv"), Set.of(0)), ProgressMonitor.NONE);
        workspace.project().export(ExportOptions.of(workspace.folder().resolve("spring.csv"), ExportPreset.KLAVIYO)
                .withSplit(GroupSplit.parse("45,45,10"), 7), ProgressMonitor.NONE);
        workspace.show();
        viewModel = new HistoryViewModel(workspace.session(), new DirectTaskRunner(), dialogs);
    }

    @Test
    void givenTwoExports_whenTheHistoryOpens_thenBothAreListedNewestFirst() {
        viewModel.open();

        assertTrue(viewModel.showingProperty().get());
        List<HistoryRow> rows = viewModel.exports();
        assertEquals(2, rows.size());
        HistoryRow spring = rows.getFirst();
        assertEquals("spring.csv", spring.file());
        assertEquals("Klaviyo", spring.preset());
        assertEquals("every segment", spring.segments());
        assertEquals("7", spring.seed());
        assertEquals("45,45,10", spring.shares());
        assertEquals("24", spring.rows());
        assertEquals("first.csv", rows.get(1).file());
        assertEquals("", rows.get(1).seed());
        assertTrue(viewModel.customers().isEmpty());
    }

    @Test
    void givenAnExportSelected_whenShown_thenItsCustomersAndVariantsAndTheirCountAreListed() {
        viewModel.open();

        viewModel.selectedProperty().set(viewModel.exports().getFirst());

        assertEquals(24, viewModel.customers().size());
        assertTrue(viewModel.customers().stream().allMatch(c -> List.of("A", "B", "Holdout").contains(c.variant())));
        assertTrue(viewModel.customerCountProperty().get().startsWith("24 customers · Every segment"),
                viewModel.customerCountProperty().get());
        viewModel.selectedProperty().set(null);
        assertTrue(viewModel.customers().isEmpty());
    }

    @Test
    void givenAnExportSelected_whenExportedAgain_thenTheSameGroupsAreWrittenToTheNewFileAndListed() throws Exception {
        viewModel.open();
        viewModel.selectedProperty().set(viewModel.exports().getFirst());
        dialogs.willSave(workspace.folder().resolve("spring-again"));

        viewModel.exportAgain();

        List<String> before = Files.readAllLines(workspace.folder().resolve("spring.csv"));
        List<String> again = Files.readAllLines(workspace.folder().resolve("spring-again.csv"));
        assertEquals(before, again);
        assertEquals(3, viewModel.exports().size());
        assertEquals("spring-again.csv", viewModel.exports().getFirst().file());
        assertEquals("spring.csv", viewModel.selectedProperty().get().file(), "the selection stays");
        assertTrue(dialogs.informations().getFirst().contains("Export #2 again"), dialogs.informations().toString());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void givenNothingSelected_whenExportedAgain_thenNothingIsAsked() {
        viewModel.open();

        assertFalse(viewModel.canExportAgainProperty().get());
        viewModel.exportAgain();

        assertEquals(2, viewModel.exports().size());
        assertTrue(dialogs.informations().isEmpty());
    }

    @Test
    void givenAFileName_whenAnAgainNameIsSuggested_thenTheStemGetsAgain() {
        assertEquals("spring-again.csv", HistoryViewModel.againName("spring.csv"));
        assertEquals("list-again", HistoryViewModel.againName("list"));
    }
}
