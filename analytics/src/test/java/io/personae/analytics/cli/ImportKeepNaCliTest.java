package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `personae import --keep-na COLUMN`: `NA` as a real value in that column, stored with the
/// import and reapplied by `--repeat`.
class ImportKeepNaCliTest {

    private static final String CUSTOMERS = """
            id,Region,Income
            1,NA,52000
            2,Europe,61000
            3,NA,48000
            4,Asia,NA
            """;

    @TempDir
    Path folder;

    private static String[] regions(Path workspace) throws Exception {
        try (Project project = Project.open(workspace)) {
            CustomerTable table = project.customers().orElseThrow();
            return table.categories().stream().filter(c -> c.name().equals("Region")).findFirst().orElseThrow().values();
        }
    }

    @Test
    void givenKeepNa_whenImportedAndRepeated_thenNaIsARegionBothTimes() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);
        Path workspace = folder.resolve("ws");

        CliRun imported = personae("import", file.toString(), "--workspace", workspace.toString(), "--kind", "customers",
                "--customer-id", "id", "--feature", "Income", "--category", "Region", "--keep-na", "Region");
        String[] first = regions(workspace);
        Files.writeString(file, CUSTOMERS + "5,NA,39000\n");
        CliRun repeated = personae("import", file.toString(), "--workspace", workspace.toString(), "--repeat");

        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("NA kept as a value in 'Region'"), imported.err());
        assertArrayEquals(new String[] {"NA", "Europe", "NA", "Asia"}, first);
        assertEquals(0, repeated.exitCode(), repeated.err());
        assertArrayEquals(new String[] {"NA", "Europe", "NA", "Asia", "NA"}, regions(workspace));
        try (Project project = Project.open(workspace)) {
            assertEquals(List.of("Region"), project.lastImportOptions().orElseThrow().keepMarkerColumns());
        }
    }

    @Test
    void givenNoKeepNa_whenImported_thenNaIsMissing() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", file.toString(), "--workspace", workspace.toString(), "--kind", "customers",
                "--customer-id", "id", "--feature", "Income", "--category", "Region");

        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(new String[] {null, "Europe", null, "Asia"}, regions(workspace));
    }

    @Test
    void givenKeepNaOnANumberColumn_whenImported_thenItFailsSayingWhy() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);

        CliRun run = personae("import", file.toString(), "--workspace", folder.resolve("ws").toString(), "--kind", "customers",
                "--customer-id", "id", "--feature", "Income", "--keep-na", "Income");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("Column 'Income' is read as numbers or dates, where NA can only mean missing"), run.err());
    }
}
