package io.personae.analytics.exporter;

import java.util.Objects;

/// One customer left out of an export, and why.
///
/// @param row     the customer's row in the customer table
/// @param id      the customer's key
/// @param email   the address as recorded, "" when none
/// @param segment the number users see of the customer's segment
/// @param reason  why they were left out
/// @param detail  what the reason rests on, for example the row that already had the address
public record ExcludedCustomer(int row, String id, String email, int segment, Exclusion reason, String detail) {

    public ExcludedCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        email = email == null ? "" : email;
        detail = detail == null ? "" : detail;
    }
}
