package io.personae.analytics.segmentation;

/// How well one segment holds together when the data is resampled.
///
/// @param segment segment index in the run checked
/// @param jaccard mean best-match Jaccard similarity of the segment's members across bootstrap
///                re-runs, 0..1
/// @param stable  whether the segment counts as stable (Jaccard at least [#STABLE_AT])
public record SegmentStability(int segment, double jaccard, boolean stable) {

    /// Hennig's rule of thumb: below 0.75 a cluster is doubtful, below 0.6 it dissolves.
    public static final double STABLE_AT = 0.75;

    public static SegmentStability of(int segment, double jaccard) {
        return new SegmentStability(segment, jaccard, jaccard >= STABLE_AT);
    }
}
