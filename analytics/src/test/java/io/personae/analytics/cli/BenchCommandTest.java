package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path folder;

    /// Three tight 2-D blobs, 20 points each, centres 10 apart: inertia is small and known in size.
    private Path blobs() throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("x1,x2\n");
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < 20; i++) {
                csv.append(10 * b + 0.1 * random.nextGaussian()).append(',').append(0.1 * random.nextGaussian()).append('\n');
            }
        }
        return Files.writeString(folder.resolve("blobs.csv"), csv);
    }

    @Test
    void givenSmileAsPeer_whenBenchmarked_thenOneSmileLineWithTheSameShapeIsPrinted() throws IOException {
        CliRun run = personae("bench", "kmeans", blobs().toString(), "3", "--n-init", "2", "--peer", "smile");

        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertTrue(line.matches("smile k=3 n=60 d=2 n_init=2 fit_ms=[0-9.]+ iterations=[0-9]+ inertia=[0-9.]+"), line);
        double inertia = Double.parseDouble(line.substring(line.indexOf("inertia=") + 8));
        assertTrue(inertia < 60 * 2 * 0.1, line);
    }

    @Test
    void givenOurEngine_whenBenchmarkedWithRestarts_thenTheLineRecoversTheBlobs() throws IOException {
        CliRun run = personae("bench", "kmeans", blobs().toString(), "3", "--n-init", "4");

        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertTrue(line.matches("personae k=3 n=60 d=2 n_init=4 fit_ms=[0-9.]+ iterations=[0-9]+ inertia=[0-9.]+"), line);
        double inertia = Double.parseDouble(line.substring(line.indexOf("inertia=") + 8));
        assertTrue(inertia < 60 * 2 * 0.1, line);
    }

    @Test
    void givenMoreClustersThanRows_whenBenchmarked_thenOneLineSaysWhatToChange() throws IOException {
        CliRun run = personae("bench", "kmeans", blobs().toString(), "61");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("K must be between 1 and 60"), run.err());
    }

    @Test
    void givenANumericTable_whenTheSweepIsBenchmarked_thenOneLineWithTheRecommendationIsPrinted() throws IOException {
        CliRun run = personae("bench", "sweep", blobs().toString(), "--from", "2", "--to", "4");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("personae sweep n=60 d=2 from=2 to=4 sweep_ms="), run.out());
    }
}
