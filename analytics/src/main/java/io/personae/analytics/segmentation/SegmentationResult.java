package io.personae.analytics.segmentation;

import java.time.Instant;
import java.util.List;

/// The outcome of one segmentation run. Segments are numbered 0..k-1 from the largest to the
/// smallest, so numbering does not depend on the random order k-means found them in.
///
/// Arrays are not copied; callers must not modify them.
///
/// @param options      the settings used
/// @param featureNames the features segmented on, in order
/// @param assignment   segment of each customer, in the customer table's order
/// @param centroids    `centroids[s][f]`, in the scaled space segmentation worked in
/// @param inertia      sum of squared distances of customers to their centroid (scaled space)
/// @param iterations   Lloyd iterations of the kept run
/// @param projectionX  first coordinate of each customer for the scatter chart (first principal component)
/// @param projectionY  second coordinate (second principal component)
/// @param fingerprint  hash of the input table, to tell whether a stored run still matches the data
/// @param createdAt    when the run finished
public record SegmentationResult(
        SegmentationOptions options,
        List<String> featureNames,
        int[] assignment,
        double[][] centroids,
        double inertia,
        int iterations,
        float[] projectionX,
        float[] projectionY,
        String fingerprint,
        Instant createdAt) {

    public SegmentationResult {
        featureNames = List.copyOf(featureNames);
    }

    public int k() {
        return options.k();
    }

    /// Customers in each segment.
    public int[] sizes() {
        int[] sizes = new int[options.k()];
        for (int s : assignment) {
            sizes[s]++;
        }
        return sizes;
    }
}
