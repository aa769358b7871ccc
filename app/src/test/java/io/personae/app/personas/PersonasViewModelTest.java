package io.personae.app.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/// The board, its editing and undo, the compare view and the picked segment, on 24 customers in
/// three clear groups segmented in three.
class PersonasViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();
    private PersonasViewModel viewModel;

    @BeforeEach
    void segmentCustomers() throws Exception {
        workspace.importCustomers();
        workspace.segment(3);
        viewModel = new PersonasViewModel(workspace.session(), new DirectTaskRunner(), dialogs);
        workspace.show();
    }

    @Test
    void givenTheBoardHidden_whenShown_thenTheAnalysisIsWorkedOutOnlyThen() {
        assertTrue(viewModel.cards().isEmpty());

        viewModel.activeProperty().set(true);

        assertEquals(3, viewModel.cards().size());
        assertEquals("", viewModel.placeholderProperty().get());
        BoardCardViewModel first = viewModel.cards().getFirst();
        assertEquals(4, first.lights().size());
        assertEquals(2, first.keyFigures().size(), "two features, so two key figures");
        assertTrue(first.size().startsWith("8 customers"), first.size());
    }

    @Test
    void givenACard_whenItsNameIsEditedAndUndone_thenTheProjectKeepsTheNewNameThenTheOldOne() {
        viewModel.activeProperty().set(true);
        BoardCardViewModel card = viewModel.cards().get(1);
        String before = card.name().text();

        card.name().startEdit();
        card.name().draftProperty().set("Weekend regulars");
        card.name().commit();

        assertFalse(card.name().isEditing());
        assertEquals("Weekend regulars", viewModel.cards().get(1).name().text());
        assertEquals("Weekend regulars", workspace.project().segmentation().orElseThrow().personas().get(1).name());
        assertEquals("Weekend regulars", workspace.session().snapshot().segmentation().personas().get(1).name());
        assertTrue(viewModel.canUndoProperty().get());

        viewModel.undo();

        assertEquals(before, viewModel.cards().get(1).name().text());
        assertEquals(before, workspace.project().segmentation().orElseThrow().personas().get(1).name());
        assertFalse(viewModel.canUndoProperty().get());
    }

    @Test
    void givenACard_whenTheNameIsBlankOrTaken_thenItIsRefusedInPlaceAndEditingGoesOn() {
        viewModel.activeProperty().set(true);
        BoardCardViewModel card = viewModel.cards().getFirst();
        String taken = viewModel.cards().get(2).name().text();

        card.name().startEdit();
        card.name().draftProperty().set("   ");
        card.name().commit();
        assertTrue(card.name().isEditing());
        assertFalse(card.name().errorProperty().get().isEmpty());

        card.name().draftProperty().set(taken.toUpperCase(Locale.ROOT));
        card.name().commit();
        assertTrue(card.name().errorProperty().get().contains("already called"), card.name().errorProperty().get());
        assertNotEquals(taken, viewModel.cards().getFirst().name().text());

        card.name().cancel();
        assertFalse(card.name().isEditing());
        assertEquals("", card.name().errorProperty().get());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void givenNotesAndADescription_whenEdited_thenBothAreKeptAndUndoTakesBackOnlyTheLast() {
        viewModel.activeProperty().set(true);
        BoardCardViewModel card = viewModel.cards().getFirst();
        String description = card.description().text();

        card.notes().startEdit();
        card.notes().draftProperty().set("Ask the shop owner about these");
        card.notes().commit();
        card.description().startEdit();
        card.description().draftProperty().set("Small baskets, rare visits.");
        card.description().commit();
        viewModel.undo();

        assertEquals(description, viewModel.cards().getFirst().description().text());
        assertEquals("Ask the shop owner about these", viewModel.cards().getFirst().notes().text());
        assertEquals("Ask the shop owner about these", workspace.project().segmentation().orElseThrow().personas().getFirst().notes());
    }

    @Test
    void givenASegmentPickedInAChart_whenTheBoardAndCompareViewLook_thenBothShowIt() {
        viewModel.activeProperty().set(true);
        int identity = viewModel.cards().get(2).identity();

        viewModel.charts().select(identity);

        assertEquals(identity, workspace.session().selectedSegmentProperty().get());
        assertTrue(viewModel.cards().get(2).selectedProperty().get());
        assertFalse(viewModel.cards().getFirst().selectedProperty().get());
        assertEquals(identity, viewModel.compare().leftProperty().get().identity());
        assertNotEquals(identity, viewModel.compare().rightProperty().get().identity());
    }

    @Test
    void givenTwoSegmentsChosen_whenCompared_thenEachFeatureShowsBothWithLift() {
        viewModel.activeProperty().set(true);
        CompareViewModel compare = viewModel.compare();
        compare.leftProperty().set(compare.choices().get(1));
        compare.rightProperty().set(compare.choices().get(2));

        CompareViewModel.Row spend = compare.rows().stream().filter(row -> row.label().equals("Spend")).findFirst().orElseThrow();
        assertTrue(spend.left().startsWith("median "), spend.left());
        assertTrue(spend.left().contains("×") && spend.right().contains("×"), spend.toString());
        assertNotEquals(spend.left(), spend.right());
        assertEquals(compare.choices().get(1).identity(), workspace.session().selectedSegmentProperty().get(),
                "choosing the left segment picks it everywhere");
        assertTrue(compare.rows().stream().anyMatch(row -> row.label().equals("Primary action")));
    }

    @Test
    void givenAPresentation_whenMovedPastEitherEnd_thenItStopsAtTheFirstAndLastPersona() {
        viewModel.activeProperty().set(true);
        viewModel.select(viewModel.cards().get(1).identity());
        PresentationViewModel presentation = viewModel.present().orElseThrow();

        assertEquals(1, presentation.indexProperty().get(), "starts at the persona picked");
        presentation.next();
        presentation.next();
        assertEquals(2, presentation.indexProperty().get());
        assertEquals("3 of 3", presentation.positionProperty().get());
        presentation.first();
        presentation.previous();
        assertEquals(0, presentation.indexProperty().get());
        assertEquals(viewModel.cards().getFirst().name().text(), presentation.slideProperty().get().name());
    }
}
