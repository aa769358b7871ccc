package io.personae.analytics.segmentation;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/// The outcome of one segmentation run. Segments are indexed 0..k-1; a fresh run orders them from
/// the largest to the smallest, so the order does not depend on where the algorithm started.
///
/// Arrays are not copied; callers must not modify them.
///
/// @param options      the settings used
/// @param featureNames the features segmented on, in order
/// @param assignment   segment index of each customer, in the customer table's order; -1 for a
///                     customer left out (gaps in its features with [MissingValues#DROP])
/// @param centroids    `centroids[s][f]`, in the scaled space segmentation worked in
/// @param inertia      sum of squared distances of customers to their centroid (scaled space)
/// @param iterations   iterations of the kept run
/// @param projectionX  first coordinate of each customer for the scatter chart (first principal component)
/// @param projectionY  second coordinate (second principal component)
/// @param fingerprint  hash of the input table, to tell whether a stored run still matches the data
/// @param createdAt    when the run finished
/// @param identities   the stable identity of each segment, which decides its number (identity + 1)
///                     and colour: a re-run keeps the identity of a segment that is essentially the
///                     same as one of the previous run
/// @param labels       names the method itself gives the segments (RFM groups), or empty
/// @param rfmCutPoints the cut points used, for [Method#RFM]; `null` otherwise
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
        Instant createdAt,
        int[] identities,
        List<String> labels,
        RfmCutPoints rfmCutPoints) {

    public SegmentationResult {
        featureNames = List.copyOf(featureNames);
        labels = List.copyOf(labels);
        if (identities.length != centroids.length) {
            throw new IllegalArgumentException("One identity is needed per segment");
        }
        if (!labels.isEmpty() && labels.size() != centroids.length) {
            throw new IllegalArgumentException("Method labels, when given, are one per segment");
        }
    }

    /// A fresh run: identities follow the segment order, no method labels.
    public SegmentationResult(SegmentationOptions options, List<String> featureNames, int[] assignment,
            double[][] centroids, double inertia, int iterations, float[] projectionX, float[] projectionY,
            String fingerprint, Instant createdAt) {
        this(options, featureNames, assignment, centroids, inertia, iterations, projectionX, projectionY,
                fingerprint, createdAt, IntStream.range(0, centroids.length).toArray(), List.of(), null);
    }

    /// Number of segments.
    public int k() {
        return centroids.length;
    }

    /// Customers in each segment (customers left out are not counted).
    public int[] sizes() {
        int[] sizes = new int[k()];
        for (int s : assignment) {
            if (s >= 0) {
                sizes[s]++;
            }
        }
        return sizes;
    }

    /// The number users see for segment `s`: its identity plus one.
    public int number(int s) {
        return identities[s] + 1;
    }

    /// This result with segments re-identified, for matching against a previous run.
    public SegmentationResult withIdentities(int[] newIdentities) {
        return new SegmentationResult(options, featureNames, assignment, centroids, inertia, iterations,
                projectionX, projectionY, fingerprint, createdAt, newIdentities.clone(), labels, rfmCutPoints);
    }
}
