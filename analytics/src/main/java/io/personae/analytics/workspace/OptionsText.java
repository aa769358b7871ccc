package io.personae.analytics.workspace;

import io.personae.analytics.importer.ImportOptions;

/// An import mapping as text for the import record, one `role=column` per line, so a user (or
/// a later version) can see how a file was read.
final class OptionsText {

    private OptionsText() {
    }

    static String format(ImportOptions options) {
        StringBuilder text = new StringBuilder();
        line(text, "kind", options.kind().name());
        line(text, "customerId", options.customerId());
        line(text, "email", options.email());
        line(text, "firstName", options.firstName());
        line(text, "lastName", options.lastName());
        line(text, "orderDate", options.orderDate());
        line(text, "amount", options.amount());
        for (String feature : options.featureColumns()) {
            line(text, "feature", feature);
        }
        for (String category : options.categoryColumns()) {
            line(text, "category", category);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(key).append('=').append(value.replace('\n', ' ')).append('\n');
        }
    }
}
