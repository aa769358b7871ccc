package io.personae.analytics.importer;

/// A row left out of an import, where it is and why.
///
/// @param line   1-based line (CSV) or row (Excel)
/// @param reason why, as a phrase ("there is no customer id")
public record RejectedRow(long line, String reason) {
}
