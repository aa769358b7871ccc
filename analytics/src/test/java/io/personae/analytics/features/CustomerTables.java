package io.personae.analytics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/// Compares two customer tables column by column, so a failure names the column that differs
/// rather than printing two whole tables.
public final class CustomerTables {

    private CustomerTables() {
    }

    /// The same ids, contact details, features with their values, and category columns with
    /// their values, in the same order.
    public static void assertSameTable(CustomerTable expected, CustomerTable actual) {
        assertArrayEquals(expected.ids(), actual.ids(), "ids");
        assertArrayEquals(expected.emails(), actual.emails(), "emails");
        assertArrayEquals(expected.firstNames(), actual.firstNames(), "first names");
        assertArrayEquals(expected.lastNames(), actual.lastNames(), "last names");
        assertEquals(expected.features(), actual.features());
        for (int f = 0; f < expected.features().size(); f++) {
            assertArrayEquals(expected.column(f), actual.column(f), 0, expected.features().get(f).name());
        }
        assertEquals(expected.categories().size(), actual.categories().size(), "category columns");
        for (int k = 0; k < expected.categories().size(); k++) {
            assertEquals(expected.categories().get(k).name(), actual.categories().get(k).name());
            assertArrayEquals(expected.categories().get(k).values(), actual.categories().get(k).values(),
                    expected.categories().get(k).name());
        }
    }
}
