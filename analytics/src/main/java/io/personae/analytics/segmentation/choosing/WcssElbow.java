package io.personae.analytics.segmentation.choosing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// How sharply the within-segment sum of squares (WCSS) bends at each k of a sweep: the "elbow"
/// users look for in the WCSS chart, as a number.
///
/// The sharpness at k is the WCSS the k-th segment removed over the WCSS the next one removes,
/// `(W(k-1) - W(k)) / (W(k) - W(k+1))`. When the customers form k well-separated groups, every
/// segment up to the k-th splits two groups apart and removes a lot; the next one only cuts a
/// group in two and removes little, so the ratio is large (about 20 on six blobs in a row in
/// eight features, over 60 on blobs around a centre). Without groups, successive segments
/// remove similar amounts and the ratio stays small (under 5 on every structureless layout we
/// simulated, see docs/decisions/0010-choosing-k.md).
final class WcssElbow {

    /// Sharpness from which an elbow counts as clear.
    ///
    /// decision: 5. Structureless data (uniform in a square or a cube, Gaussian, log-normal or
    /// correlated features, 2 to 8 of them, 3,000 customers, eight seeds each) never passed 4.7,
    /// the highest being a uniform square cut into its four quadrants; six blobs in a row, three
    /// standard deviations apart in three features, already reach 5.4 at the true k, and
    /// well-separated groups 20 or more.
    static final double CLEAR = 5;

    private WcssElbow() {}

    /// Sharpness of each k of `scores` that has both neighbours: the previous k in the sweep (or
    /// `wcssBefore` for the first k) and the next k. A k is left out when a neighbour is missing,
    /// or when the next k did not lower WCSS (a k-means run that ended in a poor local optimum
    /// says nothing about the shape of the curve).
    ///
    /// @param wcssBefore WCSS with one segment fewer than the first k of the sweep, NaN when
    ///                   unknown; with one segment it is the total sum of squares
    static Map<Integer, Double> sharpness(List<KScore> scores, double wcssBefore) {
        Map<Integer, Double> wcss = new HashMap<>();
        int first = Integer.MAX_VALUE;
        for (KScore score : scores) {
            wcss.put(score.k(), score.wcss());
            first = Math.min(first, score.k());
        }
        if (!Double.isNaN(wcssBefore)) {
            wcss.put(first - 1, wcssBefore);
        }
        Map<Integer, Double> sharpness = new HashMap<>();
        for (KScore score : scores) {
            int k = score.k();
            Double before = wcss.get(k - 1);
            Double after = wcss.get(k + 1);
            if (before == null || after == null) {
                continue;
            }
            double removed = before - score.wcss();
            double removedNext = score.wcss() - after;
            if (removedNext > 0 && !Double.isNaN(removed)) {
                sharpness.put(k, removed / removedNext);
            }
        }
        return sharpness;
    }
}
