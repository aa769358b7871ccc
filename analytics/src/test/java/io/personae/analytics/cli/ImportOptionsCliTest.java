package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `personae import` with format, order-line and cleaning options, `--repeat`, and `personae quality`.
class ImportOptionsCliTest {

    /// Headerless order lines; B2's second line is a cancellation (invoice C3, quantity -1).
    private static final String LINES = """
            1;A1;05/01/2026;2;10,00
            2;B2;06/01/2026;1;200,00
            C3;B2;07/01/2026;-1;200,00
            4;;08/01/2026;1;5,00
            """;

    @TempDir
    Path folder;

    @Test
    void givenFormatAndOrderLineOptions_whenImported_thenTheyAreUsedReportedAndRepeatable() throws Exception {
        Path file = folder.resolve("lines.csv");
        Files.writeString(file, LINES);
        Path workspace = folder.resolve("ws");

        CliRun imported = personae("import", file.toString(), "--workspace", workspace.toString(), "--no-header",
                "--delimiter", "semicolon", "--date-order", "day-first", "--kind", "transactions", "--customer-id", "Column 2",
                "--order-date", "Column 3", "--quantity", "Column 4", "--unit-price", "Column 5", "--invoice", "Column 1",
                "--cancellations", "exclude", "--no-trim");
        CliRun quality = personae("quality", "--workspace", workspace.toString());
        CliRun repeated = personae("import", file.toString(), "--workspace", workspace.toString(), "--repeat");

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("Imported lines.csv: 4 rows read, 2 customers found, 2 rows skipped", imported.out().strip());
        assertTrue(imported.err().contains("amount = 'Column 4' x 'Column 5'"), imported.err());
        assertTrue(imported.err().contains("Quality: 4 rows read, 2 rejected"), imported.err());
        assertEquals(0, quality.exitCode(), quality.err());
        assertTrue(quality.out().contains("rejected 1: there is no customer id"), quality.out());
        assertTrue(quality.out().contains("line 3: it is a cancellation or return (excluded)"), quality.out());
        assertTrue(quality.out().contains("cleaning: Excluded 1 cancellations and returns"), quality.out());
        assertTrue(quality.out().contains("min 2026-01-05, max 2026-01-08"), "the chosen day-first order: " + quality.out());
        assertEquals(0, repeated.exitCode(), repeated.err());
        assertEquals(imported.out(), repeated.out());
        try (Project project = Project.open(workspace)) {
            ImportOptions saved = project.lastImportOptions().orElseThrow();
            assertEquals(Cancellations.EXCLUDE, saved.cancellations());
            assertEquals(FileFormat.HeaderRow.NONE, saved.format().header());
            assertEquals(FileFormat.DateOrder.DAY_FIRST, saved.format().dateOrder());
            assertEquals(false, saved.cleaning().trim());
        }
    }

    @Test
    void givenAnUnknownDelimiter_whenImported_thenTheChoicesAreListed() throws Exception {
        Path file = folder.resolve("lines.csv");
        Files.writeString(file, LINES);

        CliRun run = personae("import", file.toString(), "--workspace", folder.resolve("ws").toString(), "--delimiter", "colon");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'colon' is not one of auto, comma, semicolon, tab, pipe, spaces"), run.err());
    }
}
