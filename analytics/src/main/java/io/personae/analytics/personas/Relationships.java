package io.personae.analytics.personas;

import java.util.Optional;

/// Every customer tagged relational or transactional from their behaviour, with the share of
/// relational customers per segment: an overlay shown beside the segments, not a segmentation
/// of its own (see [RelationshipTagger] for the rules).
///
/// Arrays are not copied (a million customers); callers must not modify them.
///
/// @param tags          per customer, [#RELATIONAL], [#TRANSACTIONAL] or [#UNKNOWN] (no
///                      frequency or tenure to judge by)
/// @param relational    per segment, its relational customers
/// @param known         per segment, its customers with a tag other than unknown
/// @param channelColumn the category column whose usual channel counted, or `null` when the data
///                      has none and only frequency and tenure decided
public record Relationships(byte[] tags, int[] relational, int[] known, String channelColumn) {

    public static final byte RELATIONAL = 1;
    public static final byte TRANSACTIONAL = 0;
    public static final byte UNKNOWN = -1;

    public Relationships {
        if (relational.length != known.length) {
            throw new IllegalArgumentException("One relational count and one known count are needed per segment");
        }
    }

    /// Whether customer `i` is tagged relational.
    public boolean isRelational(int i) {
        return tags[i] == RELATIONAL;
    }

    /// The share of segment `s`'s customers tagged relational, among those that could be
    /// tagged; NaN when none could.
    public double share(int s) {
        return known[s] == 0 ? Double.NaN : (double) relational[s] / known[s];
    }

    /// The share tagged relational over every segmented customer that could be tagged; NaN when none could.
    public double baseShare() {
        long yes = 0;
        long all = 0;
        for (int s = 0; s < known.length; s++) {
            yes += relational[s];
            all += known[s];
        }
        return all == 0 ? Double.NaN : (double) yes / all;
    }

    /// The category column whose usual channel counted, when the data has one.
    public Optional<String> channel() {
        return Optional.ofNullable(channelColumn);
    }
}
