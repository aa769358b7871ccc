package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.project.Project;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `personae import` with column types, the Excel header row and the added encodings, and
/// `--repeat` reading a newer file with them.
class ImportFormatsCliTest {

    private static final String CUSTOMERS = """
            id,branch,gender,member,spend,note
            1,01234,1,Yes,120.5,first
            2,02345,2,No,80,second
            3,01234,1,Y,45.25,third
            4,03456,2,N,300,fourth
            5,01234,1,true,12,fifth
            6,04567,2,false,99,sixth
            """;

    @TempDir
    Path folder;

    private Path resource(String name) throws Exception {
        Path file = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void givenTypeOptions_whenImportedAndRepeated_thenTheTypesAreUsedStoredAndReapplied() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);
        Path workspace = folder.resolve("ws");

        CliRun imported = personae("import", file.toString(), "--workspace", workspace.toString(), "--type", "branch=text",
                "--type", "gender=category", "--type", "member=yes-no", "--type", "note=ignore");
        Files.writeString(file, CUSTOMERS + "7,05678,1,false,10,seventh\n");
        CliRun repeated = personae("import", file.toString(), "--workspace", workspace.toString(), "--repeat");

        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("features 'spend'"), imported.err());
        assertTrue(imported.err().contains("categories 'gender', 'member'"), imported.err());
        assertTrue(imported.err().contains("'note' read as ignore"), imported.err());
        assertEquals(0, repeated.exitCode(), repeated.err());
        assertEquals("Imported customers.csv: 7 rows read, 7 customers found", repeated.out().strip());
        try (Project project = Project.open(workspace)) {
            ImportOptions saved = project.lastImportOptions().orElseThrow();
            assertEquals(Map.of("branch", ColumnType.TEXT, "gender", ColumnType.CATEGORY, "member", ColumnType.BOOLEAN,
                    "note", ColumnType.IGNORE), saved.columnTypes());
            assertEquals(List.of("gender", "member"), saved.categoryColumns());
        }
    }

    @Test
    void givenAnUnknownType_whenImported_thenTheTypesAreListed() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);

        CliRun run = personae("import", file.toString(), "--workspace", folder.resolve("ws").toString(), "--type", "branch=zipcode");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("'zipcode' is not a column type; use integer, decimal, text, category"), run.err());
    }

    @Test
    void givenWorkbookWithTitleRows_whenTheHeaderRowIsGiven_thenItIsUsedAndKept() throws Exception {
        Path file = resource("/import/title-rows.xls");
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", file.toString(), "--workspace", workspace.toString(), "--header-row", "4", "--append-sheets");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Imported title-rows.xls: 5 rows read, 3 customers found", run.out().strip());
        try (Project project = Project.open(workspace)) {
            FileFormat saved = project.lastImportOptions().orElseThrow().format();
            assertEquals(4, saved.headerRow());
            assertTrue(saved.appendSheets());
        }
    }

    @Test
    void givenDosFile_whenTheEncodingIsGivenAsCp850_thenItIsReadAndKept() throws Exception {
        Path file = resource("/import/cp850.csv");
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", file.toString(), "--workspace", workspace.toString(), "--encoding", "cp850",
                "--kind", "customers", "--customer-id", "Kunde", "--feature", "Umsatz");

        assertEquals(0, run.exitCode(), run.err());
        try (Project project = Project.open(workspace)) {
            assertEquals(FileFormat.Encoding.IBM850, project.lastImportOptions().orElseThrow().format().encoding());
        }
    }
}
