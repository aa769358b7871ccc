package io.personae.app.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import io.personae.app.common.SteppingTaskRunner;
import io.personae.app.common.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsViewModelTest {

    private static final String SEGMENT_6 = "Segmenting into 6 segments";
    private static final String REFINE_6 = "Refining the 6 segments";
    private static final String SAVE = "Saving the segmentation";

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final SteppingTaskRunner runner = new SteppingTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private Project project;
    private SegmentsViewModel viewModel;

    @BeforeEach
    void importCustomers() throws Exception {
        project = Project.open(folder.resolve("test.mv.db"));
        project.importFile(TestData.customers(folder),
                new ImportOptions(DataKind.CUSTOMERS, "Customer ID", "Email", null, null, null, null, List.of("Spend", "Visits")),
                ProgressMonitor.NONE);
        viewModel = new SegmentsViewModel(session, runner, dialogs);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private int shownK() {
        return session.snapshot().segmentation().result().k();
    }

    @Test
    void givenNewCustomers_whenShown_thenTheyAreSegmentedWithTheCurrentKAndKept() {
        session.show(project);
        runner.runAll();

        assertEquals(SegmentsViewModel.DEFAULT_K, shownK());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.cards().size());
        assertEquals(SegmentsViewModel.DEFAULT_K, project.segmentation().orElseThrow().result().k());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.segmentsProperty().get().size());
        assertEquals(24, viewModel.scatterProperty().get().shown());
    }

    @Test
    void givenARunningSegmentation_whenKChangesThreeTimes_thenOnlyTheLastValueIsComputedAndApplied() {
        session.show(project);
        assertEquals(1, runner.waiting());

        viewModel.kProperty().set(3);
        viewModel.kProperty().set(4);
        viewModel.kProperty().set(6);
        runner.runAll();

        assertEquals(List.of(SEGMENT_6, REFINE_6, SAVE), runner.ran());
        assertEquals(6, shownK());
        assertEquals(6, viewModel.cards().size());
        assertEquals(6, project.segmentation().orElseThrow().result().k());
    }

    @Test
    void givenAMove_whenTheQuickLookEnds_thenItIsShownAndTheFullRunReplacesItAndIsKept() {
        session.show(project);
        runner.runAll();

        viewModel.kProperty().set(6);
        runner.runOne();
        assertEquals(1, session.snapshot().segmentation().result().options().restarts());
        assertEquals(6, viewModel.cards().size());
        assertEquals(SegmentsViewModel.DEFAULT_K, project.segmentation().orElseThrow().result().k());

        runner.runAll();
        var kept = project.segmentation().orElseThrow().result().options();
        assertEquals(SegmentationOptions.DEFAULT_RESTARTS, kept.restarts());
        assertEquals(kept, session.snapshot().segmentation().result().options());
    }

    @Test
    void givenTheSliderBeingDragged_whenItIsReleased_thenOnlyThenIsTheShownSegmentationKept() {
        session.show(project);
        runner.runAll();
        viewModel.adjustingProperty().set(true);

        viewModel.kProperty().set(3);
        runner.runAll();
        assertEquals(3, shownK());
        assertEquals(SegmentsViewModel.DEFAULT_K, project.segmentation().orElseThrow().result().k());

        assertEquals(1, session.snapshot().segmentation().result().options().restarts());

        viewModel.adjustingProperty().set(false);
        runner.runAll();
        assertEquals(3, project.segmentation().orElseThrow().result().k());
        assertEquals(SegmentationOptions.DEFAULT_RESTARTS, project.segmentation().orElseThrow().result().options().restarts());
    }

    @Test
    void givenARunningSegmentation_whenCancelled_thenThePreviousSegmentationAndKRemain() {
        session.show(project);
        runner.runAll();
        var before = session.snapshot().segmentation();

        viewModel.kProperty().set(7);
        runner.cancelAll();
        runner.runAll();

        assertTrue(before == session.snapshot().segmentation());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.kProperty().get());
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenAProjectWithAStoredSegmentation_whenShown_thenTheSliderTakesItsKWithoutSegmentingAgain() throws Exception {
        project.segment(io.personae.analytics.segmentation.SegmentationOptions.withK(4), ProgressMonitor.NONE);

        session.show(project);

        assertEquals(4, viewModel.kProperty().get());
        assertEquals(4, viewModel.cards().size());
        assertEquals(0, runner.waiting());
    }

    @Test
    void givenACardTicked_whenTheSegmentationChanges_thenTheExportSelectionIsCleared() {
        session.show(project);
        runner.runAll();

        viewModel.cards().get(1).selectedProperty().set(true);
        assertEquals(java.util.Set.of(1), session.segmentsForExport());

        viewModel.kProperty().set(3);
        runner.runAll();
        assertTrue(session.segmentsForExport().isEmpty());
    }

    @Test
    void givenSettingsWithNothingToSegmentOn_whenApplied_thenNothingRunsAndTheSettingsSayWhy() {
        session.show(project);
        runner.runAll();
        runner.ran().clear();

        viewModel.settings().features().forEach(row -> row.included().set(false));
        viewModel.applySettings();

        assertEquals(0, runner.waiting());
        assertEquals("Choose at least one feature or category to segment on.", viewModel.settings().validationProperty().get());
    }

    @Test
    void givenOtherSettings_whenApplied_thenTheSliderReSegmentsWithThemAndTheSummarySaysSo() {
        session.show(project);
        runner.runAll();

        viewModel.settings().features().getFirst().included().set(false);
        viewModel.applySettings();
        runner.runAll();
        viewModel.kProperty().set(3);
        runner.runAll();

        var options = session.snapshot().segmentation().result().options();
        assertEquals(3, options.k());
        assertEquals(List.of("Visits"), options.features().stream().map(f -> f.feature()).toList());
        assertTrue(viewModel.inputsSummaryProperty().get().startsWith("k-means on Visits"), viewModel.inputsSummaryProperty().get());
    }

    @Test
    void givenThreeClearGroups_whenStabilityIsChecked_thenEachCardIsLabelledStableWithItsJaccard() {
        session.show(project);
        viewModel.kProperty().set(3);
        runner.runAll();

        viewModel.checkStability();
        runner.runAll();

        assertEquals(3, viewModel.cards().size());
        for (PersonaCardViewModel card : viewModel.cards()) {
            assertEquals(PersonaCardViewModel.Stability.STABLE, card.stabilityProperty().get(), card.title());
            assertTrue(card.stabilityTextProperty().get().startsWith("Stable · "), card.stabilityTextProperty().get());
        }
    }

    @Test
    void givenThreeClearGroups_whenTheBestNumberIsSearchedAndUsed_thenTheSliderMovesToTheRecommendation() {
        session.show(project);
        runner.runAll();
        SweepViewModel sweep = viewModel.sweep();
        sweep.toKProperty().set(6);

        sweep.run();
        runner.runAll();

        assertEquals(3, sweep.resultProperty().get().recommendedK());
        assertEquals("Use 3 segments", sweep.useTextProperty().get());
        assertTrue(!sweep.recommendationProperty().get().isBlank());
        sweep.useRecommended();
        runner.runAll();
        assertEquals(3, viewModel.kProperty().get());
        assertEquals(3, shownK());
    }

    @Test
    void givenARangeGoingDown_whenTheBestNumberIsSearched_thenTheFormSaysWhyAndNothingRuns() {
        session.show(project);
        runner.runAll();
        SweepViewModel sweep = viewModel.sweep();
        sweep.fromKProperty().set(8);
        sweep.toKProperty().set(4);

        sweep.run();

        assertEquals(0, runner.waiting());
        assertTrue(sweep.validationProperty().get().contains("2..12"), sweep.validationProperty().get());
    }
}
