package io.personae.app.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import io.personae.app.common.SteppingTaskRunner;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SegmentsViewModelTest {

    private static final String SEGMENT_6 = "Segmenting into 6 segments";
    private static final String REFINE_6 = "Refining the 6 segments";
    private static final String SAVE = "Saving the segmentation";

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final SteppingTaskRunner runner = new SteppingTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private SegmentsViewModel viewModel;

    @BeforeEach
    void importCustomers() throws Exception {
        workspace.importCustomers();
        viewModel = new SegmentsViewModel(workspace.session(), runner, dialogs);
    }

    private int shownK() {
        return workspace.session().snapshot().segmentation().result().k();
    }

    @Test
    void givenNewCustomers_whenShown_thenTheyAreSegmentedWithTheCurrentKAndKept() {
        workspace.show();
        runner.runAll();

        assertEquals(SegmentsViewModel.DEFAULT_K, shownK());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.cards().size());
        assertEquals(SegmentsViewModel.DEFAULT_K, workspace.project().segmentation().orElseThrow().result().k());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.segmentsProperty().get().size());
        assertEquals(24, viewModel.scatterProperty().get().shown());
    }

    @Test
    void givenARunningSegmentation_whenKChangesThreeTimes_thenOnlyTheLastValueIsComputedAndApplied() {
        workspace.show();
        assertEquals(1, runner.waiting());

        viewModel.kProperty().set(3);
        viewModel.kProperty().set(4);
        viewModel.kProperty().set(6);
        runner.runAll();

        assertEquals(List.of(SEGMENT_6, REFINE_6, SAVE), runner.ran());
        assertEquals(6, shownK());
        assertEquals(6, viewModel.cards().size());
        assertEquals(6, workspace.project().segmentation().orElseThrow().result().k());
    }

    @Test
    void givenAMove_whenTheQuickLookEnds_thenItIsShownAndTheFullRunReplacesItAndIsKept() {
        workspace.show();
        runner.runAll();

        viewModel.kProperty().set(6);
        runner.runOne();
        assertEquals(1, workspace.session().snapshot().segmentation().result().options().restarts());
        assertEquals(6, viewModel.cards().size());
        assertEquals(SegmentsViewModel.DEFAULT_K, workspace.project().segmentation().orElseThrow().result().k());

        runner.runAll();
        var kept = workspace.project().segmentation().orElseThrow().result().options();
        assertEquals(SegmentationOptions.DEFAULT_RESTARTS, kept.restarts());
        assertEquals(kept, workspace.session().snapshot().segmentation().result().options());
    }

    @Test
    void givenTheSliderBeingDragged_whenItIsReleased_thenOnlyThenIsTheShownSegmentationKept() {
        workspace.show();
        runner.runAll();
        viewModel.adjustingProperty().set(true);

        viewModel.kProperty().set(3);
        runner.runAll();
        assertEquals(3, shownK());
        assertEquals(SegmentsViewModel.DEFAULT_K, workspace.project().segmentation().orElseThrow().result().k());

        assertEquals(1, workspace.session().snapshot().segmentation().result().options().restarts());

        viewModel.adjustingProperty().set(false);
        runner.runAll();
        assertEquals(3, workspace.project().segmentation().orElseThrow().result().k());
        assertEquals(SegmentationOptions.DEFAULT_RESTARTS, workspace.project().segmentation().orElseThrow().result().options().restarts());
    }

    @Test
    void givenARunningSegmentation_whenCancelled_thenThePreviousSegmentationAndKRemain() {
        workspace.show();
        runner.runAll();
        var before = workspace.session().snapshot().segmentation();

        viewModel.kProperty().set(7);
        runner.cancelAll();
        runner.runAll();

        assertTrue(before == workspace.session().snapshot().segmentation());
        assertEquals(SegmentsViewModel.DEFAULT_K, viewModel.kProperty().get());
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenAProjectWithAStoredSegmentation_whenShown_thenTheSliderTakesItsKWithoutSegmentingAgain() throws Exception {
        workspace.project().segment(io.personae.analytics.segmentation.SegmentationOptions.withK(4), ProgressMonitor.NONE);

        workspace.show();

        assertEquals(4, viewModel.kProperty().get());
        assertEquals(4, viewModel.cards().size());
        assertEquals(0, runner.waiting());
    }

    @Test
    void givenACardTicked_whenTheSegmentationChanges_thenTheExportSelectionIsCleared() {
        workspace.show();
        runner.runAll();

        viewModel.cards().get(1).selectedProperty().set(true);
        assertEquals(java.util.Set.of(1), workspace.session().segmentsForExport());

        viewModel.kProperty().set(3);
        runner.runAll();
        assertTrue(workspace.session().segmentsForExport().isEmpty());
    }

    @Test
    void givenSettingsWithNothingToSegmentOn_whenApplied_thenNothingRunsAndTheSettingsSayWhy() {
        workspace.show();
        runner.runAll();
        runner.ran().clear();

        viewModel.settings().features().forEach(row -> row.included().set(false));
        viewModel.applySettings();

        assertEquals(0, runner.waiting());
        assertEquals("Choose at least one feature or category to segment on.", viewModel.settings().validationProperty().get());
    }

    @Test
    void givenOtherSettings_whenApplied_thenTheSliderReSegmentsWithThemAndTheSummarySaysSo() {
        workspace.show();
        runner.runAll();

        viewModel.settings().features().getFirst().included().set(false);
        viewModel.applySettings();
        runner.runAll();
        viewModel.kProperty().set(3);
        runner.runAll();

        var options = workspace.session().snapshot().segmentation().result().options();
        assertEquals(3, options.k());
        assertEquals(List.of("Visits"), options.features().stream().map(f -> f.feature()).toList());
        assertTrue(viewModel.inputsSummaryProperty().get().startsWith("k-means on Visits"), viewModel.inputsSummaryProperty().get());
    }

    @Test
    void givenThreeClearGroups_whenStabilityIsChecked_thenEachCardIsLabelledStableWithItsJaccard() {
        workspace.show();
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
        workspace.show();
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
        workspace.show();
        runner.runAll();
        SweepViewModel sweep = viewModel.sweep();
        sweep.fromKProperty().set(8);
        sweep.toKProperty().set(4);

        sweep.run();

        assertEquals(0, runner.waiting());
        assertTrue(sweep.validationProperty().get().contains("2..12"), sweep.validationProperty().get());
    }
}
