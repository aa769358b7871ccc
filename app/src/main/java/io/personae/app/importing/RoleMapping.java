package io.personae.app.importing;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.app.importing.ImportViewModel.AmountSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/// Turns the dialog's choices (roles, format, cleaning, column types) into the options of an
/// import, refusing a mapping the import could not run with in words that say what to change.
///
/// The engine's [ImportOptions] checks most of it; the checks here are the ones only the dialog
/// can word well, since it knows whether the amount comes from one column or from order lines.
final class RoleMapping {

    private RoleMapping() {
    }

    /// The mapping as chosen now.
    ///
    /// @throws IllegalArgumentException when it is not complete; the message says what is missing
    static ImportOptions options(RoleChoices roles, FormatChoices format, CleaningChoices cleaning, ColumnTypes types) {
        DataKind kind = roles.kindProperty().get();
        boolean transactions = kind == DataKind.TRANSACTIONS;
        boolean lines = transactions && roles.amountSourceProperty().get() == AmountSource.QUANTITY_TIMES_PRICE;
        String quantity = lines ? RoleChoices.optional(roles.quantityProperty()) : null;
        String price = lines ? RoleChoices.optional(roles.unitPriceProperty()) : null;
        if (lines && (quantity == null || price == null)) {
            throw new IllegalArgumentException(
                    "Choose the quantity column and the unit price column, or take the amount from one column.");
        }
        if (transactions) {
            requireDistinct(lines, roles.customerIdProperty().get(), roles.orderDateProperty().get(),
                    lines ? quantity : roles.amountProperty().get(), price);
        }
        List<String> features = transactions ? List.of() : roles.tickedFeatures();
        List<String> categories = roles.tickedCategories();
        ImportOptions mapped = new ImportOptions(kind, roles.customerIdProperty().get(),
                RoleChoices.optional(roles.emailProperty()), RoleChoices.optional(roles.firstNameProperty()),
                RoleChoices.optional(roles.lastNameProperty()), transactions ? roles.orderDateProperty().get() : null,
                transactions && !lines ? roles.amountProperty().get() : null, features, List.of(), quantity, price,
                transactions ? RoleChoices.optional(roles.invoiceProperty()) : null,
                roles.cancellationsProperty().get(), format.format(), cleaning.cleaning());
        for (String category : categories) {
            if (mapped.mappedColumns().contains(category)) {
                throw new IllegalArgumentException(
                        "Column '" + category + "' already has a role above; untick it as a category.");
            }
        }
        return types.applyTo(mapped.withCategoryColumns(categories));
    }

    /// Refuses one column in two roles of an order; `null` columns (not chosen) are left to the
    /// engine, which asks for them.
    private static void requireDistinct(boolean lines, String... columns) {
        List<String> required = Stream.of(columns).filter(Objects::nonNull).toList();
        if (required.stream().distinct().count() < required.size()) {
            throw new IllegalArgumentException(lines
                    ? "Choose different columns for the customer id, the order date, the quantity and the unit price."
                    : "Choose different columns for the customer id, the order date and the order amount.");
        }
    }
}
