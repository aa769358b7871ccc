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
/// @param duplicateIds    what to do with a customer file listing one customer id on several rows
public record Cleaning(boolean trim, MissingIds missingIds, boolean deduplicateRows, double capPercentile,
        DuplicateIds duplicateIds) {

    /// Trim, drop rows without an id, keep duplicate rows, no capping, keep the first row of a
    /// repeated customer id.
    public static final Cleaning DEFAULTS = new Cleaning(true, MissingIds.DROP, false, 0, DuplicateIds.KEEP_FIRST);

    /// Rows without a customer id.
    public enum MissingIds {
        /// Skip and count them.
        DROP,
        /// Keep them under one customer called [Cleaning#NO_ID] (walk-in sales at a till).
        KEEP
    }

    /// A customer id on more than one row of a customer file.
    ///
    /// decision: keeping the first row and reporting the count is the default, since CRM exports
    /// often repeat a handful of customers and refusing the whole file over them helps nobody;
    /// [#REFUSE] is there for a user who wants such a file stopped (a batch job that must not
    /// silently lose rows). A file whose ids repeat on most rows lists orders: the report's note
    /// says to import it as transactions.
    public enum DuplicateIds {
        /// Keep the first row of each id, skip and count the later ones.
        KEEP_FIRST,
        /// Stop the import at the first repeated id, naming its line.
        REFUSE
    }

    /// The customer id given to rows without one under [MissingIds#KEEP].
    public static final String NO_ID = "(no id)";

    /// Cleaning that keeps the first row of a repeated customer id.
    public Cleaning(boolean trim, MissingIds missingIds, boolean deduplicateRows, double capPercentile) {
        this(trim, missingIds, deduplicateRows, capPercentile, DuplicateIds.KEEP_FIRST);
    }

    public Cleaning {
        Objects.requireNonNull(missingIds, "missingIds");
        Objects.requireNonNull(duplicateIds, "duplicateIds");
        if (!(capPercentile == 0 || capPercentile >= 50 && capPercentile < 100)) {
            throw new IllegalArgumentException("Outliers can be capped at a percentile from 50 to 99.9 (or 0 for no capping); "
                    + capPercentile + " was given.");
        }
    }

    public Cleaning withTrim(boolean value) {
        return new Cleaning(value, missingIds, deduplicateRows, capPercentile, duplicateIds);
    }

    public Cleaning withMissingIds(MissingIds value) {
        return new Cleaning(trim, value, deduplicateRows, capPercentile, duplicateIds);
    }

    public Cleaning withDeduplicateRows(boolean value) {
        return new Cleaning(trim, missingIds, value, capPercentile, duplicateIds);
    }

    public Cleaning withCapPercentile(double value) {
        return new Cleaning(trim, missingIds, deduplicateRows, value, duplicateIds);
    }

    public Cleaning withDuplicateIds(DuplicateIds value) {
        return new Cleaning(trim, missingIds, deduplicateRows, capPercentile, value);
    }
}
