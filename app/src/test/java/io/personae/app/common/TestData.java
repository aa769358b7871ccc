package io.personae.app.common;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Tiny files with known contents for the app's tests.
public final class TestData {

    /// The roles of [#orders(Path)]'s columns: transactions with the customers' names and emails.
    public static final ImportOptions ORDER_ROLES = new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", "Email", "First Name",
            "Last Name", "Order Date", "Order Total", List.of());

    /// The roles of [#customers(Path)]'s columns: one row a customer, segmented on Spend and Visits.
    public static final ImportOptions CUSTOMER_ROLES = new ImportOptions(DataKind.CUSTOMERS, "Customer ID", "Email", null, null, null,
            null, List.of("Spend", "Visits"));

    private TestData() {
    }

    /// 12 orders of 4 customers: C1 and C2 buy often and a lot, C3 and C4 once and little.
    public static Path orders(Path folder) throws IOException {
        return write(folder.resolve("orders.csv"), """
                Order ID,Customer ID,Email,First Name,Last Name,Order Date,Order Total
                1,C1,ann@example.com,Ann,Lee,2025-01-05,120.00
                2,C2,bob@example.com,Bob,Kay,2025-01-06,150.00
                3,C1,ann@example.com,Ann,Lee,2025-02-05,110.00
                4,C2,bob@example.com,Bob,Kay,2025-02-06,140.00
                5,C1,ann@example.com,Ann,Lee,2025-03-05,130.00
                6,C2,bob@example.com,Bob,Kay,2025-03-06,160.00
                7,C3,cat@example.com,Cat,Ng,2024-06-01,15.00
                8,C4,dan@example.com,Dan,Oh,2024-07-01,12.00
                9,C1,ann@example.com,Ann,Lee,2025-04-05,125.00
                10,C2,bob@example.com,Bob,Kay,2025-04-06,155.00
                11,C1,ann@example.com,Ann,Lee,2025-05-05,118.00
                12,C2,bob@example.com,Bob,Kay,2025-05-06,149.00
                """);
    }

    /// 24 customers in three clear groups of eight on Spend and Visits, one row each.
    public static Path customers(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("Customer ID,Email,Spend,Visits\n");
        int[][] centres = {{50, 2}, {500, 20}, {2000, 60}};
        int id = 1;
        for (int[] centre : centres) {
            for (int i = 0; i < 8; i++) {
                csv.append("K").append(id).append(",k").append(id).append("@example.com,")
                        .append(centre[0] + i * 3).append(',').append(centre[1] + i % 3).append('\n');
                id++;
            }
        }
        return write(folder.resolve("customers.csv"), csv.toString());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
