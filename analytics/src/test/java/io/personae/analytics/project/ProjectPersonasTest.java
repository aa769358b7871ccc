package io.personae.analytics.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Persona edits on the sample shop: kept across a change of k by the segment matching, and
/// across closing and reopening the workspace; a new segment gets generated words.
class ProjectPersonasTest {

    private static final Path ORDERS = Path.of(System.getProperty("personae.samples"), "online-shop-orders.csv");
    private static final String WORKSPACE = "shop.mv.db";

    @TempDir
    static Path imported;

    @TempDir
    Path folder;

    @BeforeAll
    static void importOrders() throws Exception {
        try (Project project = Project.open(imported.resolve(WORKSPACE))) {
            ImportOptions options = RoleGuesser.guess(TableReaders.preview(ORDERS, 1000)).orElseThrow();
            project.importFile(ORDERS, options, ProgressMonitor.NONE);
        }
    }

    private Path copy() throws Exception {
        Path copy = folder.resolve(WORKSPACE);
        Files.copy(imported.resolve(WORKSPACE), copy);
        return copy;
    }

    @Test
    void givenEditedPersonas_whenResegmentedFromFiveToSixAndReopened_thenTheEditsStayWithTheirSegments() throws Exception {
        Path file = copy();
        try (Project project = Project.open(file)) {
            project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);
            project.renamePersona(1, "Loyal regulars");
            project.describePersona(1, "Our favourite people.");
            project.notePersona(1, "Invite to the summer event");

            Segmentation six = project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);

            Persona kept = persona(six, 2);
            assertEquals("Loyal regulars", kept.name());
            assertEquals("Our favourite people.", kept.description());
            assertEquals("Invite to the summer event", kept.notes());
            Persona fresh = persona(six, 6);
            assertTrue(fresh.description().startsWith("They last bought"), fresh.description());
            assertEquals("", fresh.notes());
        }
        try (Project reopened = Project.open(file)) {
            Persona kept = persona(reopened.segmentation().orElseThrow(), 2);
            assertEquals("Loyal regulars", kept.name());
            assertEquals("Invite to the summer event", kept.notes());
        }
    }

    @Test
    void givenPersonasEditedAtSix_whenOneGoesAwayAtFiveAndANewOneAppearsAtSix_thenTheNewOneIsNotEdited() throws Exception {
        try (Project project = Project.open(copy())) {
            Segmentation six = project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);
            for (int identity : six.result().identities()) {
                project.notePersona(identity, "Noted at six: " + (identity + 1));
            }

            Segmentation five = project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);
            Segmentation sixAgain = project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);

            List<Integer> atFive = Arrays.stream(five.result().identities()).boxed().toList();
            List<Persona> fresh = sixAgain.personas().stream()
                    .filter(p -> !atFive.contains(sixAgain.result().identities()[p.segment()])).toList();
            assertEquals(1, fresh.size());
            assertEquals("", fresh.getFirst().notes(), "a new segment is not the one edited, whatever its number");
            assertTrue(sixAgain.personas().stream().filter(p -> !fresh.contains(p))
                    .allMatch(p -> p.notes().equals("Noted at six: " + sixAgain.number(p))));
        }
    }

    @Test
    void givenANameInUseOrBlank_whenRenaming_thenItIsRefusedAndNothingChanges() throws Exception {
        try (Project project = Project.open(copy())) {
            Segmentation five = project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);
            String taken = persona(five, 1).name();

            assertThrows(IllegalArgumentException.class, () -> project.renamePersona(1, taken.toUpperCase()));
            assertThrows(IllegalArgumentException.class, () -> project.renamePersona(1, "  "));
            assertThrows(IllegalArgumentException.class, () -> project.renamePersona(1, "x".repeat(61)));
            assertThrows(IllegalArgumentException.class, () -> project.renamePersona(9, "Nobody"));
            assertEquals(five, project.segmentation().orElseThrow());
        }
    }

    @Test
    void givenASegmentation_whenAnalysed_thenProfilesScorecardAndStrategyCoverEverySegmentAndCustomer() throws Exception {
        try (Project project = Project.open(copy())) {
            project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);

            List<PersonaProfile> profiles = project.profiles();
            Scorecard scorecard = project.scorecard();
            CustomerStrategy strategy = project.strategy();

            assertEquals(5, profiles.size());
            assertEquals(1, profiles.stream().mapToDouble(PersonaProfile::revenueShare).sum(), 1e-9);
            assertTrue(profiles.stream().allMatch(p -> p.typicalCustomer().isPresent()));
            assertEquals(5, scorecard.segments().size());
            assertEquals(5000, Arrays.stream(ActionType.values()).mapToInt(strategy::count).sum());
            assertFalse(project.profiles() != profiles, "cached per segmentation");
        }
    }

    private static Persona persona(Segmentation segmentation, int number) {
        return segmentation.personas().stream().filter(p -> segmentation.number(p) == number).findFirst().orElseThrow();
    }
}
