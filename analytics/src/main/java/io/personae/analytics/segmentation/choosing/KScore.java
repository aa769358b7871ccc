package io.personae.analytics.segmentation.choosing;

/// The scores of one k in a sweep.
///
/// @param k                 number of segments
/// @param silhouette        mean silhouette (on a sample for large data), -1..1, higher is better
/// @param calinskiHarabasz  between/within dispersion ratio, higher is better
/// @param daviesBouldin     mean worst-case similarity of segments, lower is better
/// @param wcss              within-cluster sum of squares (inertia), lower is better, elbow-shaped
/// @param smallestShare     share of customers in the smallest segment, 0..1
/// @param stability         mean bootstrap Jaccard over segments, 0..1, or NaN when not measured
public record KScore(int k, double silhouette, double calinskiHarabasz, double daviesBouldin, double wcss,
        double smallestShare, double stability) {}
