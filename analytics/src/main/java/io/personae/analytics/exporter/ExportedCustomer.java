package io.personae.analytics.exporter;

import java.util.Objects;

/// One customer an earlier export wrote, and their test group ("" without groups).
public record ExportedCustomer(String id, String variant) {

    public ExportedCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(variant, "variant");
    }
}
