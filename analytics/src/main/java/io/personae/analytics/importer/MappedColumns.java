package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.List;

/// The column indices an [ImportOptions] mapping names in one file's header; -1 for roles the
/// mapping leaves out; `trim` says whether text values (contact details, categories) lose the
/// spaces around them, as [Cleaning#trim] asks; `markers` says which cells are missing in which
/// column ([ImportOptions#keepMarkerColumns]).
record MappedColumns(int customerId, int email, int firstName, int lastName, int orderDate, int amount, int[] features,
        int[] categories, int quantity, int unitPrice, int invoice, boolean trim, MissingMarkers markers) {

    static MappedColumns of(Path file, List<String> headers, ImportOptions options) throws ImportException {
        int[] features = new int[options.featureColumns().size()];
        for (int f = 0; f < features.length; f++) {
            features[f] = Headers.indexOf(headers, options.featureColumns().get(f), "a number to segment on", file);
        }
        int[] categories = new int[options.categoryColumns().size()];
        for (int c = 0; c < categories.length; c++) {
            categories[c] = Headers.indexOf(headers, options.categoryColumns().get(c), "a category such as country or gender", file);
        }
        return new MappedColumns(
                Headers.indexOf(headers, options.customerId(), "the customer id", file),
                optional(file, headers, options.email(), "the email address"),
                optional(file, headers, options.firstName(), "the first name"),
                optional(file, headers, options.lastName(), "the last name"),
                optional(file, headers, options.orderDate(), "the order date"),
                optional(file, headers, options.amount(), "the order amount"),
                features,
                categories,
                optional(file, headers, options.quantity(), "the quantity"),
                optional(file, headers, options.unitPrice(), "the unit price"),
                optional(file, headers, options.invoice(), "the invoice number"),
                options.cleaning().trim(),
                MissingMarkers.of(file, headers, options));
    }

    boolean hasContact() {
        return email >= 0 || firstName >= 0 || lastName >= 0;
    }

    /// The contact details in the reader's current row, [Contact#NONE] when there are none.
    Contact contact(TableReader reader) {
        String mail = text(reader, email);
        String first = text(reader, firstName);
        String last = text(reader, lastName);
        return mail == null && first == null && last == null ? Contact.NONE : new Contact(mail, first, last);
    }

    private String text(TableReader reader, int column) {
        if (column < 0) {
            return null;
        }
        String text = reader.cell(column);
        return text.isBlank() ? null : trim ? text.strip() : text;
    }

    private static int optional(Path file, List<String> headers, String column, String role) throws ImportException {
        return column == null || column.isBlank() ? -1 : Headers.indexOf(headers, column, role, file);
    }
}
