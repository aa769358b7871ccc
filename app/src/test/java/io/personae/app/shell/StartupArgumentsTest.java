package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupArgumentsTest {

    @Test
    void givenSample_whenParsed_thenTheSampleIsOpenedEvenWithAPath() {
        assertEquals(StartupArguments.Mode.SAMPLE, StartupArguments.parse(List.of("shop.mv.db", "--sample")).mode());
    }

    @Test
    void givenAPath_whenParsed_thenThatProjectIsOpened() {
        assertEquals(StartupArguments.open(Path.of("shop.mv.db")), StartupArguments.parse(List.of("--verbose", "shop.mv.db")));
    }

    @Test
    void givenNothing_whenParsed_thenTheMostRecentProjectIsOpened() {
        assertEquals(StartupArguments.Mode.RECENT, StartupArguments.parse(List.of()).mode());
    }
}
