package io.personae.analytics.personas;

import java.util.List;

/// The scorecard of one segment: one check per [Criterion], in the enum's order.
///
/// @param segment          the segment's index in its run
/// @param number           the number users see
/// @param checks           one per criterion, in [Criterion] order
/// @param nearestNumber    the number of the nearest other segment; 0 when there is none
/// @param separation       distance to it for the two segments' spread ([SegmentGeometry#separation]);
///                         NaN when unknown
public record SegmentScore(int segment, int number, List<Check> checks, int nearestNumber, double separation) {

    public SegmentScore {
        checks = List.copyOf(checks);
        if (checks.size() != Criterion.values().length) {
            throw new IllegalArgumentException("A segment score needs one check per criterion");
        }
        for (int c = 0; c < checks.size(); c++) {
            if (checks.get(c).criterion() != Criterion.values()[c]) {
                throw new IllegalArgumentException("Checks go in criterion order");
            }
        }
    }

    public Check check(Criterion criterion) {
        return checks.get(criterion.ordinal());
    }

    public Light light(Criterion criterion) {
        return check(criterion).light();
    }

    /// Whether no criterion is red.
    public boolean passes() {
        return checks.stream().noneMatch(check -> check.light() == Light.RED);
    }
}
