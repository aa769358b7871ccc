package io.personae.analytics.segmentation.choosing;

/// How to sweep the number of segments and what the business can live with.
///
/// @param minK            smallest k tried (at least 2)
/// @param maxK            largest k tried (at most 12)
/// @param minSegmentShare smallest acceptable share of customers in any segment (default 3%)
/// @param maxSegments     most segments the team can act on (default 8)
/// @param stabilityRuns   bootstrap re-runs per k for the stability score (0 to skip)
/// @param silhouetteSample customers sampled for the silhouette on large data
public record SweepOptions(int minK, int maxK, double minSegmentShare, int maxSegments, int stabilityRuns,
        int silhouetteSample) {

    /// Sweep 2..12, segments of at least 3%, at most 8 segments, 3 stability resamples per k,
    /// silhouette on 5,000 customers.
    ///
    /// decision: 3 resamples per k, not the 10 of a stability check on one segmentation: the
    /// sweep only has to tell a k whose segments hold (0.9 and more on well-separated groups)
    /// from one whose segments fall apart (0.5 to 0.7 when k cuts through groups); eleven k's
    /// times 10 resamples would be most of the sweep's time.
    public static final SweepOptions DEFAULTS = new SweepOptions(2, 12, 0.03, 8, 3, 5_000);

    public SweepOptions {
        if (minK < 2 || maxK > 12 || minK > maxK) {
            throw new IllegalArgumentException("The range of segments to try must lie within 2..12, low to high; got "
                    + minK + ".." + maxK + ".");
        }
        if (minSegmentShare < 0 || minSegmentShare >= 0.5) {
            throw new IllegalArgumentException("The smallest segment share must be between 0% and 50%.");
        }
        if (maxSegments < 2) {
            throw new IllegalArgumentException("The team must be able to act on at least 2 segments.");
        }
        if (stabilityRuns < 0 || silhouetteSample < 100) {
            throw new IllegalArgumentException("Stability runs must be 0 or more and the silhouette sample at least 100.");
        }
    }

    public SweepOptions withRange(int low, int high) {
        return new SweepOptions(low, high, minSegmentShare, maxSegments, stabilityRuns, silhouetteSample);
    }
}
