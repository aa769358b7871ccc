package io.personae.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/// A scratch folder for one test, made on first use and deleted with all it holds by
/// [#delete()]. Test fixtures own one so that a test declares a single fixture field and gets the
/// folder with it, and so that the fixture deletes the folder only after it has closed the
/// workspace or window it opened there.
// decision: not JUnit's `@TempDir`, which only fills fields of the test class itself; a
// fixture using it would need the test to declare the folder too and hand it over.
public final class TestFolder {

    private Path path;

    /// The folder, made when first asked for.
    public Path path() {
        if (path == null) {
            try {
                path = Files.createTempDirectory("personae-test-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the test", e);
            }
        }
        return path;
    }

    /// Deletes the folder and everything in it, if it was made; a later [#path()] makes a new one.
    public void delete() throws IOException {
        if (path == null) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> all = Files.walk(path)) {
            deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path each : deepestFirst) {
            Files.delete(each);
        }
        path = null;
    }
}
