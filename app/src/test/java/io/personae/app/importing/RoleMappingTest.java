package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.TablePreview;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The dialog's roles turned into import options, without a file, a project or a toolkit.
class RoleMappingTest {

    private static final TablePreview ORDERS = new TablePreview(Path.of("orders.csv"),
            List.of("Customer", "Date", "Total", "Country"),
            List.of(List.of("c1", "2024-01-05", "10.50", "DE"), List.of("c2", "2024-02-01", "20", "FR")), "CSV");

    private final RoleChoices roles = new RoleChoices();

    @BeforeEach
    void chooseOrderRoles() {
        roles.guess(ORDERS, Optional.empty());
        roles.customerIdProperty().set("Customer");
        roles.orderDateProperty().set("Date");
        roles.amountProperty().set("Total");
    }

    private ImportOptions mapped() {
        return RoleMapping.options(roles, new FormatChoices(), new CleaningChoices(), new ColumnTypes());
    }

    @Test
    void givenOrderRolesAndATickedCategory_whenMapped_thenTheOptionsCarryThem() {
        roles.categoryProperty("Country").set(true);

        ImportOptions options = mapped();

        assertEquals(DataKind.TRANSACTIONS, options.kind());
        assertEquals("Customer", options.customerId());
        assertEquals("Date", options.orderDate());
        assertEquals("Total", options.amount());
        assertNull(options.email());
        assertEquals(List.of("Country"), options.categoryColumns());
    }

    @Test
    void givenTheAmountAlsoTickedAsACategory_whenMapped_thenTheMessageAsksToUntickIt() {
        roles.categoryProperty("Total").set(true);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, this::mapped);

        assertEquals("Column 'Total' already has a role above; untick it as a category.", refused.getMessage());
    }

    @Test
    void givenCustomerRows_whenMapped_thenTheTickedNumericColumnIsTheFeatureAndOrderRolesAreLeftOut() {
        roles.kindProperty().set(DataKind.CUSTOMERS);
        roles.featureProperty("Total").set(true);

        ImportOptions options = mapped();

        assertEquals(List.of("Total"), options.featureColumns());
        assertNull(options.orderDate());
        assertNull(options.amount());
    }
}
