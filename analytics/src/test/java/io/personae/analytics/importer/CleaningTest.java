package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The cleaning steps a user chooses: repeated customer ids, trimming text.
class CleaningTest {

    private static final ImportOptions CUSTOMERS =
            new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend", "visits"));

    @TempDir
    Path dir;

    @Test
    void givenARepeatedCustomerId_whenImportedWithDefaults_thenTheFirstRowIsKeptAndTheRepeatCounted() throws ImportException {
        ImportedFile imported = Importer.read(Fixtures.file("bad/duplicate-customers.csv"), CUSTOMERS, ProgressMonitor.NONE);

        assertArrayEquals(new String[] {"A", "B"}, imported.customers().ids());
        assertArrayEquals(new double[] {10, 20}, imported.customers().values()[0]);
        assertEquals(1, imported.summary().rowsSkipped());
        QualityReport quality = imported.quality();
        assertEquals(1, quality.duplicateCustomers());
        assertEquals(List.of(new RejectedRow(4, "its customer id is on an earlier row (the first row is kept)")), quality.rejectedRows());
        assertEquals(List.of("Kept the first row of 1 customer ids listed more than once; skipped 1 later rows"), quality.steps());
        assertTrue(quality.summaryLine().endsWith(", 1 duplicate customers"), quality.summaryLine());
    }

    @Test
    void givenTrimOff_whenImported_thenSpacesAroundTextValuesAreKept() throws IOException, ImportException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, """
                customer_id,order_date,amount,country,email
                 A ,2024-01-02,10, Germany ,  a@example.com
                """);
        ImportOptions orders = new ImportOptions(DataKind.TRANSACTIONS, "customer_id", "email", null, null, "order_date", "amount",
                List.of(), List.of("country"));

        Transactions trimmed = Importer.read(file, orders, ProgressMonitor.NONE).transactions();
        Transactions kept = Importer.read(file, orders.withCleaning(Cleaning.DEFAULTS.withTrim(false)), ProgressMonitor.NONE)
                .transactions();

        assertEquals("Germany", trimmed.categories().get("country")[0]);
        assertEquals("a@example.com", trimmed.contacts().get("A").email());
        assertEquals(" Germany ", kept.categories().get("country")[0]);
        assertEquals("  a@example.com", kept.contacts().get("A").email());
        assertEquals("A", kept.customerIds()[0], "ids are always trimmed, or orders would not match their customer");
    }
}
