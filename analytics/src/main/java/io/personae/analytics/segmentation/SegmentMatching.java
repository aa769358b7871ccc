package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.Objects;

/// How the segments of a new run correspond to those of the previous one.
///
/// @param basis           what the match was made on
/// @param previousSegment for each new segment, the index of the previous run's segment that is
///                        essentially the same, or -1 for a segment new in this run
/// @param score           for each new segment, how close the match is: the Jaccard similarity of
///                        the members (0..1, higher is closer) for [Basis#MEMBERS], the distance
///                        of the centroids in standard deviations (lower is closer) for
///                        [Basis#CENTROIDS]; NaN for a new segment
public record SegmentMatching(Basis basis, int[] previousSegment, double[] score) {

    /// What two runs could be compared on.
    public enum Basis {
        /// Same customers: segments match when they share most of their members.
        MEMBERS,
        /// Other customers but the same features, scaled alike: segments match when their
        /// centres lie close.
        CENTROIDS,
        /// Nothing comparable (other customers and other features): every segment is new.
        NONE
    }

    public SegmentMatching {
        Objects.requireNonNull(basis, "basis");
        if (previousSegment.length != score.length) {
            throw new IllegalArgumentException("One score is needed per segment");
        }
        previousSegment = previousSegment.clone();
        score = score.clone();
    }

    /// No segment matched: what a run with nothing comparable before it gets.
    static SegmentMatching none(int k) {
        int[] unmatched = new int[k];
        Arrays.fill(unmatched, -1);
        double[] noScore = new double[k];
        Arrays.fill(noScore, Double.NaN);
        return new SegmentMatching(Basis.NONE, unmatched, noScore);
    }

    @Override
    public int[] previousSegment() {
        return previousSegment.clone();
    }

    @Override
    public double[] score() {
        return score.clone();
    }

    /// The previous run's segment matching new segment `s`, or -1.
    public int previousOf(int s) {
        return previousSegment[s];
    }

    /// Whether new segment `s` is essentially one of the previous run's.
    public boolean matched(int s) {
        return previousSegment[s] >= 0;
    }

    /// Segments in the new run.
    public int k() {
        return previousSegment.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentMatching other && basis == other.basis
                && Arrays.equals(previousSegment, other.previousSegment) && Arrays.equals(score, other.score);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * basis.hashCode() + Arrays.hashCode(previousSegment)) + Arrays.hashCode(score);
    }

    @Override
    public String toString() {
        return "SegmentMatching[basis=" + basis + ", previousSegment=" + Arrays.toString(previousSegment)
                + ", score=" + Arrays.toString(score) + "]";
    }
}
