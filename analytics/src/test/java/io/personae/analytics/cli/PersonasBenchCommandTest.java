package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonasBenchCommandTest {

    @TempDir
    Path folder;

    /// Twenty customers with one to four orders each in 2024.
    private Path orders() throws IOException {
        StringBuilder csv = new StringBuilder("order_id,customer_id,order_date,amount\n");
        int order = 1;
        for (int c = 1; c <= 20; c++) {
            for (int o = 0; o <= c % 4; o++) {
                csv.append(order++).append(",C").append(c).append(",2024-").append(String.format("%02d", 1 + (c + o * 3) % 12))
                        .append("-15,").append(10 * c + o).append('\n');
            }
        }
        return Files.writeString(folder.resolve("orders.csv"), csv);
    }

    @Test
    void givenOrders_whenThePersonasAreBenchmarked_thenOneLineWithTheTimingsIsPrinted() throws IOException {
        CliRun run = personae("bench", "personas", orders().toString(), "--k", "3", "--repeats", "1");

        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertTrue(line.matches("personas customers=20 k=3 analysis_ms=[0-9.]+ analysis_cpu_ms=[0-9.]+ first_ms=[0-9.]+ segment_ms=[0-9.]+"), line);
    }

    @Test
    void givenAnImportedWorkspace_whenBenchmarkedOnACopy_thenTheLineIsPrintedAndTheWorkspaceIsUnchanged() throws IOException {
        Path workspace = folder.resolve("shop");
        CliRun imported = personae("import", orders().toString(), "--workspace", workspace.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        List<Path> before = filesIn(workspace);

        CliRun run = personae("bench", "personas", "--workspace", workspace.toString(), "--k", "3", "--repeats", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().strip().startsWith("personas customers=20 k=3 "), run.out());
        assertEquals(before, filesIn(workspace));
    }

    @Test
    void givenBothAFileAndAWorkspace_whenBenchmarked_thenOneLineSaysToChooseOne() throws IOException {
        CliRun run = personae("bench", "personas", orders().toString(), "--workspace", folder.resolve("shop").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("either a FILE to import or --workspace DIR"), run.err());
    }

    private static List<Path> filesIn(Path workspace) throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.sorted().toList();
        }
    }

    @Test
    void givenNoRepeats_whenBenchmarked_thenOneLineSaysWhatToChange() throws IOException {
        CliRun run = personae("bench", "personas", orders().toString(), "--repeats", "0");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--repeats must be at least 1"), run.err());
    }
}
