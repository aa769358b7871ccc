package io.personae.analytics.segmentation;

/// Settings of one segmentation run. Same table and same options give the same segments.
///
/// @param k             number of segments, [#MIN_K] to [#MAX_K]
/// @param seed          random seed for k-means++ seeding
/// @param restarts      k-means runs from different seeds; the one with the lowest inertia is kept
/// @param maxIterations upper bound on Lloyd iterations per run
public record SegmentationOptions(int k, long seed, int restarts, int maxIterations) {

    public static final int MIN_K = 2;
    public static final int MAX_K = 12;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_RESTARTS = 4;
    public static final int DEFAULT_MAX_ITERATIONS = 300;

    public SegmentationOptions {
        if (k < MIN_K || k > MAX_K) {
            throw new IllegalArgumentException(
                    "The number of segments must be between " + MIN_K + " and " + MAX_K + "; " + k + " was asked for.");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("At least one k-means run is needed; restarts was " + restarts + ".");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1; it was " + maxIterations + ".");
        }
    }

    /// The defaults for `k` segments.
    public static SegmentationOptions withK(int k) {
        return new SegmentationOptions(k, DEFAULT_SEED, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS);
    }
}
