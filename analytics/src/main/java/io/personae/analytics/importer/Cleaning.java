package io.personae.analytics.importer;

import java.util.Objects;

/// Cleaning steps applied while importing, kept with the import so that re-importing a newer
/// file cleans it the same way. Each step is reported in the [QualityReport].
///
/// @param trim            strip spaces around text values (names, emails, categories); ids are always trimmed
/// @param missingIds      what to do with rows without a customer id
/// @param deduplicateRows drop rows that repeat an earlier row exactly (a file exported twice into one)
/// @param capPercentile   cap amounts (transactions) or features (customer rows) at this percentile,
///                        both ends (99 caps above the 99th and below the 1st); 0 for no capping
public record Cleaning(boolean trim, MissingIds missingIds, boolean deduplicateRows, double capPercentile) {

    /// Trim, drop rows without an id, keep duplicates, no capping: the import as it always was.
    public static final Cleaning DEFAULTS = new Cleaning(true, MissingIds.DROP, false, 0);

    /// Rows without a customer id.
    public enum MissingIds {
        /// Skip and count them.
        DROP,
        /// Keep them under one customer called [Cleaning#NO_ID] (walk-in sales at a till).
        KEEP
    }

    /// The customer id given to rows without one under [MissingIds#KEEP].
    public static final String NO_ID = "(no id)";

    public Cleaning {
        Objects.requireNonNull(missingIds, "missingIds");
        if (!(capPercentile == 0 || capPercentile >= 50 && capPercentile < 100)) {
            throw new IllegalArgumentException("Outliers can be capped at a percentile from 50 to 99.9 (or 0 for no capping); "
                    + capPercentile + " was given.");
        }
    }

    public Cleaning withTrim(boolean value) {
        return new Cleaning(value, missingIds, deduplicateRows, capPercentile);
    }

    public Cleaning withMissingIds(MissingIds value) {
        return new Cleaning(trim, value, deduplicateRows, capPercentile);
    }

    public Cleaning withDeduplicateRows(boolean value) {
        return new Cleaning(trim, missingIds, value, capPercentile);
    }

    public Cleaning withCapPercentile(double value) {
        return new Cleaning(trim, missingIds, deduplicateRows, value);
    }
}
