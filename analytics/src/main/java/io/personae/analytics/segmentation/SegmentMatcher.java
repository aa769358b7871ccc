package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/// Keeps segment identities (and so numbers, colours and persona names) across re-runs: a new
/// segment that is essentially one of the previous run's takes its identity; the others get
/// fresh ones.
///
/// Two ways to tell "essentially the same", whichever the runs allow:
/// - on the same customers, by shared members: the Jaccard similarity of the two member sets
///   must reach [#MIN_JACCARD];
/// - on other customers described by the same features, scaled alike, by centroids: their
///   Euclidean distance in the scaled space must stay under [#MAX_CENTROID_DISTANCE].
///
/// The pairs are chosen together by [HungarianAlgorithm], so that two new segments never claim
/// the same previous one and the closest overall pairing wins.
public final class SegmentMatcher {

    /// decision: at least half the union shared. Below that the new segment is mostly other
    /// customers; at exactly half it is the larger part of a segment split in two (and in a
    /// 50/50 split one of the halves keeps the identity). Jaccard is also what the stability
    /// check reports, so users meet one measure of "same segment".
    public static final double MIN_JACCARD = 0.5;

    /// decision: one standard deviation. The scaled space gives every feature unit variance, so
    /// two centres within one standard deviation of each other describe customers that look
    /// alike on every feature at once, while well separated segments sit several apart.
    public static final double MAX_CENTROID_DISTANCE = 1.0;

    private SegmentMatcher() {}

    /// `next` with identities carried over from `previous` where a segment is essentially the
    /// same, and fresh identities for the others: the smallest non-negative numbers no matched
    /// segment holds, given in segment order. So going from 5 segments to 6 keeps 0..4 and adds
    /// 5; going from 6 to 5 may leave a gap, which shows that a segment went away.
    public static SegmentationResult align(SegmentationResult previous, SegmentationResult next) {
        SegmentMatching matching = match(previous, next);
        int[] previousIdentities = previous.identities();
        int[] identities = new int[next.k()];
        // a fresh identity is below k: fewer than k identities are taken when one is handed out
        boolean[] taken = new boolean[Math.max(next.k(), maxOf(previousIdentities) + 1)];
        for (int s = 0; s < next.k(); s++) {
            if (matching.matched(s)) {
                identities[s] = previousIdentities[matching.previousOf(s)];
                taken[identities[s]] = true;
            }
        }
        int fresh = 0;
        for (int s = 0; s < next.k(); s++) {
            if (!matching.matched(s)) {
                while (taken[fresh]) {
                    fresh++;
                }
                identities[s] = fresh;
                taken[fresh] = true;
            }
        }
        return next.withIdentities(identities);
    }

    /// Which segments of `next` are essentially segments of `previous`, and how closely.
    public static SegmentMatching match(SegmentationResult previous, SegmentationResult next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        if (sameCustomers(previous, next)) {
            return byMembers(previous, next);
        }
        if (sameSpace(previous, next)) {
            return byCentroids(previous, next);
        }
        return SegmentMatching.none(next.k());
    }

    /// For each segment of `next` (as returned by [#align]), whether it carries the identity of a
    /// `previous` segment it is essentially the same as. False for a new segment, even when
    /// its fresh identity happens to be that of a previous segment which went away.
    public static boolean[] essentiallySame(SegmentationResult previous, SegmentationResult next) {
        SegmentMatching matching = match(previous, next);
        boolean[] same = new boolean[next.k()];
        for (int s = 0; s < next.k(); s++) {
            same[s] = matching.matched(s) && previous.identities()[matching.previousOf(s)] == next.identities()[s];
        }
        return same;
    }

    /// Same input rows in the same order, so customer `i` is the same person in both runs.
    static boolean sameCustomers(SegmentationResult previous, SegmentationResult next) {
        return previous.assignment().length == next.assignment().length
                && Objects.equals(previous.fingerprint(), next.fingerprint());
    }

    /// Centroids are comparable when both runs worked in the same scaled space: the same
    /// features in the same order, each scaled the same way, and both with or both without RFM
    /// scoring (whose centres are in scores, not standard deviations).
    static boolean sameSpace(SegmentationResult previous, SegmentationResult next) {
        return previous.featureNames().equals(next.featureNames())
                && (previous.options().method() == Method.RFM) == (next.options().method() == Method.RFM)
                && scalings(previous).equals(scalings(next));
    }

    private static Map<String, Scaling> scalings(SegmentationResult result) {
        Map<String, Scaling> chosen = new HashMap<>();
        for (FeatureChoice choice : result.options().features()) {
            chosen.put(choice.feature(), choice.scaling());
        }
        Map<String, Scaling> scalings = new HashMap<>();
        for (String feature : result.featureNames()) {
            // an empty choice means every feature with automatic scaling
            scalings.put(feature, chosen.getOrDefault(feature, Scaling.AUTO));
        }
        return scalings;
    }

    private static SegmentMatching byMembers(SegmentationResult previous, SegmentationResult next) {
        int[] before = previous.assignment();
        int[] after = next.assignment();
        int[][] shared = new int[next.k()][previous.k()];
        for (int i = 0; i < after.length; i++) {
            if (after[i] >= 0 && before[i] >= 0) {
                shared[after[i]][before[i]]++;
            }
        }
        int[] sizesBefore = previous.sizes();
        int[] sizesAfter = next.sizes();
        double[][] jaccard = new double[next.k()][previous.k()];
        double[][] cost = new double[next.k()][previous.k()];
        for (int s = 0; s < next.k(); s++) {
            for (int p = 0; p < previous.k(); p++) {
                int union = sizesAfter[s] + sizesBefore[p] - shared[s][p];
                jaccard[s][p] = union == 0 ? 0 : (double) shared[s][p] / union;
                // decision: a pair below the bar costs as much as no pair at all, so a poor match
                // can never push a good one aside to lower the total
                cost[s][p] = jaccard[s][p] >= MIN_JACCARD ? 1 - jaccard[s][p] : 1;
            }
        }
        return kept(SegmentMatching.Basis.MEMBERS, HungarianAlgorithm.solve(cost), jaccard, true, MIN_JACCARD);
    }

    private static SegmentMatching byCentroids(SegmentationResult previous, SegmentationResult next) {
        double[][] before = previous.centroids();
        double[][] after = next.centroids();
        double[][] distance = new double[after.length][before.length];
        double[][] cost = new double[after.length][before.length];
        for (int s = 0; s < after.length; s++) {
            for (int p = 0; p < before.length; p++) {
                distance[s][p] = euclidean(after[s], before[p]);
                cost[s][p] = Math.min(distance[s][p], MAX_CENTROID_DISTANCE);
            }
        }
        return kept(SegmentMatching.Basis.CENTROIDS, HungarianAlgorithm.solve(cost), distance, false,
                MAX_CENTROID_DISTANCE);
    }

    /// The Hungarian pairs that pass the bar; the others are new segments.
    private static SegmentMatching kept(SegmentMatching.Basis basis, int[] pairs, double[][] scores,
            boolean higherIsCloser, double bar) {
        int k = pairs.length;
        int[] previousSegment = new int[k];
        double[] score = new double[k];
        Arrays.fill(previousSegment, -1);
        Arrays.fill(score, Double.NaN);
        for (int s = 0; s < k; s++) {
            int p = pairs[s];
            if (p < 0) {
                continue;
            }
            double value = scores[s][p];
            if (higherIsCloser ? value >= bar : value < bar) {
                previousSegment[s] = p;
                score[s] = value;
            }
        }
        return new SegmentMatching(basis, previousSegment, score);
    }

    private static double euclidean(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double difference = a[j] - b[j];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }

    private static int maxOf(int[] values) {
        int max = -1;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
