package io.personae.analytics.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The acceptance test for stable identities: on the sample shop's orders, moving from
/// 5 to 6 segments keeps the names and numbers of the segments found again, a re-run repeats
/// itself, and a reopened workspace shows the same segments.
class ProjectIdentityTest {

    private static final Path ORDERS = Path.of(System.getProperty("personae.samples"), "online-shop-orders.csv");
    private static final String WORKSPACE = "shop.mv.db";

    @TempDir
    static Path imported;

    @TempDir
    Path folder;

    /// decision: import once for the class (reading 45,000 orders is most of the time) and give
    /// each test its own copy of the closed workspace file
    @BeforeAll
    static void importOrders() throws Exception {
        try (Project project = Project.open(imported.resolve(WORKSPACE))) {
            ImportOptions options = RoleGuesser.guess(TableReaders.preview(ORDERS, 1000)).orElseThrow();
            project.importFile(ORDERS, options, ProgressMonitor.NONE);
        }
    }

    private Project openCopy() throws IOException, WorkspaceException {
        Path copy = folder.resolve(WORKSPACE);
        if (!Files.exists(copy)) {
            Files.copy(imported.resolve(WORKSPACE), copy);
        }
        return Project.open(copy);
    }

    @Test
    void givenFiveSegments_whenResegmentedIntoSix_thenTheFiveKeepTheirNamesAndNumbersAndTheSixthIsNew()
            throws Exception {
        try (Project project = openCopy()) {
            Segmentation five = project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);
            Segmentation six = project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);

            boolean[] same = SegmentMatcher.essentiallySame(five.result(), six.result());
            Map<Integer, String> before = namesByNumber(five);
            int kept = 0;
            for (Persona persona : six.personas()) {
                int number = six.number(persona);
                if (same[persona.segment()]) {
                    kept++;
                    assertEquals(before.get(number), persona.name(), "segment " + number);
                } else {
                    assertEquals(6, number, "the new segment takes the next free number");
                    assertFalse(before.containsValue(persona.name()), persona.name() + " was an earlier segment's");
                }
            }
            assertEquals(5, kept, "every one of the five segments is found again");
        }
    }

    @Test
    void givenASegmentation_whenRunAgainWithTheSameOptions_thenAssignmentsNumbersAndNamesRepeat()
            throws Exception {
        try (Project project = openCopy()) {
            SegmentationOptions options = SegmentationOptions.withK(5);
            Segmentation first = project.segment(options, ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);
            Segmentation again = project.segment(options, ProgressMonitor.NONE);

            assertArrayEquals(first.result().assignment(), again.result().assignment());
            assertEquals(namesByNumber(first), namesByNumber(again));
        }
    }

    @Test
    void givenAResegmentedWorkspace_whenReopened_thenIdentitiesAndNamesAreThoseLastShown() throws Exception {
        Segmentation shown;
        try (Project project = openCopy()) {
            project.segment(SegmentationOptions.withK(5), ProgressMonitor.NONE);
            shown = project.segment(SegmentationOptions.withK(6), ProgressMonitor.NONE);
        }

        try (Project reopened = openCopy()) {
            Segmentation loaded = reopened.segmentation().orElseThrow();

            assertArrayEquals(shown.result().assignment(), loaded.result().assignment());
            assertArrayEquals(shown.result().identities(), loaded.result().identities());
            assertEquals(names(shown), names(loaded));
        }
    }

    /// Persona name by the number users see.
    private static Map<Integer, String> namesByNumber(Segmentation segmentation) {
        Map<Integer, String> names = new HashMap<>();
        for (Persona persona : segmentation.personas()) {
            names.put(segmentation.number(persona), persona.name());
        }
        return names;
    }

    private static List<String> names(Segmentation segmentation) {
        return segmentation.personas().stream().map(Persona::name).toList();
    }
}
