package io.personae.analytics.importer;

/// The figures of one column of an imported file, for the data quality report.
///
/// @param name          the header
/// @param type          what most values are: `number`, `date`, `text` or `empty`
/// @param missingShare  share of rows with no value (blank, `NA`, `-`...), 0..1
/// @param distinct      distinct values, counted up to [QualityReport#DISTINCT_LIMIT]
/// @param distinctCapped whether there are more distinct values than `distinct` says
/// @param min           smallest number or earliest date (ISO), or `null` for text
/// @param max           largest number or latest date (ISO), or `null` for text
/// @param outliers      numbers beyond 1.5 interquartile ranges outside the quartiles
/// @param invalidEmails values that are not email addresses, in a column of email addresses; 0 elsewhere
public record ColumnQuality(String name, String type, double missingShare, long distinct, boolean distinctCapped, String min,
        String max, long outliers, long invalidEmails) {
}
