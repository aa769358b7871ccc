package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Contacts and category codes by customer number when netting drops a customer and the kept
/// rows are numbered again.
class NettedContactsTest {

    @TempDir
    Path folder;

    @Test
    void givenACustomerWithOnlyACancellation_whenNetted_thenTheOthersKeepTheirContactsAndCategories() throws IOException, ImportException {
        Path file = folder.resolve("orders.csv");
        Files.writeString(file, """
                invoice,customer,email,date,amount,country
                1001,A,a@example.com,2024-01-01,10,DE
                C1002,B,b@example.com,2024-01-02,-5,FR
                1003,C,c@example.com,2024-01-03,20,IT
                C1004,A,a@example.com,2024-01-04,-3,DE
                1005,C,,2024-01-05,7,
                """);
        ImportOptions options = new ImportOptions(DataKind.TRANSACTIONS, "customer", "email", null, null, "date", "amount",
                List.of(), List.of("country"), null, null, "invoice", Cancellations.NET, FileFormat.AUTO, Cleaning.DEFAULTS);

        Transactions orders = Importer.read(file, options, ProgressMonitor.NONE).transactions();
        CustomerTable table = TransactionFeatures.build(orders);

        // B's only row is a cancellation without an order to net against: A is 0, C is 1 after it
        assertArrayEquals(new int[] {0, 1, 1}, orders.customerIndex());
        assertEquals("a@example.com", orders.customerContacts()[0].email());
        assertEquals("c@example.com", orders.customerContacts()[1].email());
        assertEquals("c@example.com", orders.contacts().get("C").email());
        assertArrayEquals(new String[] {"DE", "IT", null}, orders.categories().get("country"));
        assertArrayEquals(new String[] {"A", "C"}, table.ids());
        assertArrayEquals(new String[] {"a@example.com", "c@example.com"}, table.emails());
        assertArrayEquals(new double[] {7, 27}, table.column(2), 1e-9);
        assertArrayEquals(new String[] {"DE", "IT"}, table.categories().get(0).values());
    }
}
