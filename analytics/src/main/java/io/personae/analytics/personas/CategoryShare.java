package io.personae.analytics.personas;

import java.util.Objects;

/// How common one value of a category is in a segment and in the whole base.
///
/// @param value        the category value, for example "Germany"
/// @param segmentShare share of the segment's customers with this value, 0..1
/// @param baseShare    share of all customers with this value, 0..1
public record CategoryShare(String value, double segmentShare, double baseShare) {

    public CategoryShare {
        Objects.requireNonNull(value, "value");
        if (!(segmentShare >= 0 && segmentShare <= 1 && baseShare >= 0 && baseShare <= 1)) {
            throw new IllegalArgumentException("Shares are between 0 and 1");
        }
    }

    /// How many times more common the value is in the segment than in the base; NaN when the
    /// base has none.
    public double lift() {
        return baseShare == 0 ? Double.NaN : segmentShare / baseShare;
    }
}
