package io.personae.analytics.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/// Test files under `src/test/resources`.
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No test resource " + resource, e);
        }
    }
}
