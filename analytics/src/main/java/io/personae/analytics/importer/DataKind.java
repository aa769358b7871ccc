package io.personae.analytics.importer;

/// The shape of an imported file.
public enum DataKind {
    /// One row per order: customer, order date and amount; features are derived per customer.
    TRANSACTIONS,
    /// One row per customer with numeric columns used directly as features.
    CUSTOMERS
}
