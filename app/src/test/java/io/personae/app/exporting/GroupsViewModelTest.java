package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsViewModelTest {

    private final GroupsViewModel groups = new GroupsViewModel();

    @Test
    void givenGroupsOff_whenAsked_thenThereIsNoSplitAndNothingIsWrong() {
        assertTrue(groups.split().isEmpty());
        assertTrue(groups.validProperty().get());
        assertEquals("", groups.hintProperty().get());
    }

    @Test
    void givenGroupsOn_whenLeftAt45_45_10_thenTheSplitHasAVariantBAndAHoldout() {
        groups.enabledProperty().set(true);
        groups.seedProperty().set("7");

        assertEquals(List.of(45, 45, 10), groups.split().orElseThrow().shares());
        assertEquals(List.of("A", "B", "Holdout"), groups.split().orElseThrow().groups());
        assertEquals(7, groups.seedValue());
    }

    @Test
    void givenSharesAddingUpTo105_whenEdited_thenTheProblemSaysSoAndExportIsBlocked() {
        groups.enabledProperty().set(true);
        groups.shareAProperty().set("50");

        assertFalse(groups.validProperty().get());
        assertTrue(groups.problemProperty().get().contains("add up to 105"), groups.problemProperty().get());
        assertTrue(groups.split().isEmpty());
    }

    @Test
    void givenAVariantOfZero_whenEdited_thenItIsRefused() {
        groups.enabledProperty().set(true);
        groups.shareAProperty().set("0");
        groups.shareBProperty().set("90");

        assertFalse(groups.validProperty().get());
        assertTrue(groups.problemProperty().get().contains("above 0%"), groups.problemProperty().get());
    }

    @Test
    void givenASeedThatIsNoNumber_whenEdited_thenItIsRefused() {
        groups.enabledProperty().set(true);
        groups.seedProperty().set("seven");

        assertFalse(groups.validProperty().get());
        assertTrue(groups.problemProperty().get().contains("seed"), groups.problemProperty().get());
    }

    @Test
    void givenAThirdVariant_whenSwitchedOn_thenTheSharesBecome30_30_30_10() {
        groups.enabledProperty().set(true);
        groups.thirdVariantProperty().set(true);

        assertEquals(List.of(30, 30, 30, 10), groups.split().orElseThrow().shares());
        assertEquals(List.of("A", "B", "C", "Holdout"), groups.split().orElseThrow().groups());
    }

    @Test
    void givenMoreCustomers_whenTheHintIsRecomputed_thenASmallerLiftIsDetectable() {
        groups.enabledProperty().set(true);
        groups.customersProperty().set(1_000);
        String small = groups.hintProperty().get();
        groups.customersProperty().set(100_000);
        String large = groups.hintProperty().get();

        assertTrue(small.contains("450 per variant"), small);
        assertTrue(large.contains("45,000 per variant") || large.contains("45.000 per variant"), large);
        assertNotEquals(small, large);
        assertTrue(large.contains("holdout"), large);
    }

    @Test
    void givenTheSharesChange_whenTheHintIsRecomputed_thenItFollowsTheGroupSizes() {
        groups.enabledProperty().set(true);
        groups.customersProperty().set(10_000);
        groups.shareAProperty().set("25");
        groups.shareBProperty().set("25");
        groups.holdoutProperty().set("50");

        assertTrue(groups.hintProperty().get().contains("2,500 per variant") || groups.hintProperty().get().contains("2.500"),
                groups.hintProperty().get());
    }
}
