package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `personae import` with category columns: guessed, chosen with `--category`, or none.
class ImportCategoriesCliTest {

    /// A1 orders twice from Germany and once from France; B2 once from each, France last.
    private static final String ORDERS = """
            Customer ID,Order Date,Country,Channel,Order Total
            A1,2026-01-05,Germany,Web,20.00
            A1,2026-02-05,France,Web,25.00
            A1,2026-03-05,Germany,Shop,10.00
            B2,2026-01-10,Germany,Shop,200.00
            B2,2026-03-10,France,Shop,180.00
            B2,2026-02-10,,Web,15.00
            """;

    @TempDir
    Path folder;

    private Path orders() throws IOException {
        return Files.writeString(folder.resolve("orders.csv"), ORDERS);
    }

    private static CustomerTable customers(Path workspace) throws Exception {
        try (Project project = Project.open(workspace)) {
            return project.customers().orElseThrow();
        }
    }

    @Test
    void givenOrdersWithCountryAndChannel_whenImported_thenBothGuessedShownAndStoredPerCustomer() throws Exception {
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", orders().toString(), "--workspace", workspace.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("categories 'Country', 'Channel'"), run.err());
        CustomerTable table = customers(workspace);
        assertEquals(List.of("Country", "Channel"), table.categories().stream().map(CategoryColumn::name).toList());
        assertArrayEquals(new String[] {"Germany", "France"}, table.categories().get(0).values());
        assertArrayEquals(new String[] {"Web", "Shop"}, table.categories().get(1).values());
    }

    @Test
    void givenCategoryOption_whenImported_thenOnlyThatColumnIsACategory() throws Exception {
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", orders().toString(), "--workspace", workspace.toString(), "--category", "Channel");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("categories 'Channel'") && !run.err().contains("'Country'"), run.err());
        assertEquals(List.of("Channel"), customers(workspace).categories().stream().map(CategoryColumn::name).toList());
    }

    @Test
    void givenEmptyCategoryOption_whenImported_thenNoCategories() throws Exception {
        Path workspace = folder.resolve("ws");

        CliRun run = personae("import", orders().toString(), "--workspace", workspace.toString(), "--category", "");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("categories"), run.err());
        assertEquals(List.of(), customers(workspace).categories());
    }
}
