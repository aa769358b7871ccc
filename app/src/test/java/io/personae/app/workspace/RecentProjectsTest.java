package io.personae.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentProjectsTest {

    private final Preferences node = Preferences.userRoot().node("io/personae/app/test/" + UUID.randomUUID());
    private final RecentProjects recent = new RecentProjects(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private static Path project(int n) {
        return Path.of("/projects/p" + n + ".mv.db");
    }

    @Test
    void givenTenProjectsOpened_whenListed_thenTheLastEightComeMostRecentFirst() {
        IntStream.rangeClosed(1, 10).forEach(n -> recent.add(project(n)));

        List<Path> expected = IntStream.iterate(10, n -> n >= 3, n -> n - 1).mapToObj(RecentProjectsTest::project).toList();
        assertEquals(expected, recent.list());
    }

    @Test
    void givenAProjectOpenedAgain_whenListed_thenItMovesToTheTopOnce() {
        recent.add(project(1));
        recent.add(project(2));
        recent.add(project(3));

        recent.add(Path.of("/projects/../projects/p1.mv.db"));

        assertEquals(List.of(project(1), project(3), project(2)), recent.list());
    }

    @Test
    void givenAStoredList_whenReadThroughAnotherInstance_thenItIsTheSame() {
        recent.add(project(1));
        recent.add(project(2));

        assertEquals(List.of(project(2), project(1)), new RecentProjects(node).list());
    }

    @Test
    void givenAProjectRemoved_whenListed_thenTheOthersKeepTheirOrder() {
        IntStream.rangeClosed(1, 3).forEach(n -> recent.add(project(n)));

        recent.remove(project(2));

        assertEquals(List.of(project(3), project(1)), recent.list());
    }
}
