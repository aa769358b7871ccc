package io.personae.analytics.importer;

/// What to do with cancelled or returned order lines (a negative quantity or amount, or an
/// invoice number with a cancel prefix such as `C489449`).
public enum Cancellations {
    /// Subtract them from the customer's spend, folded into another order of the same customer
    /// so they do not count as orders themselves; a cancellation with no order of its customer
    /// in the file is dropped and reported.
    NET,
    /// Leave them out and report how many.
    EXCLUDE
}
