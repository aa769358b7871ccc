package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/// Renumbers segments from the largest to the smallest, so segment 1 is the same group whichever
/// order the algorithm happened to find them in. Equal sizes are ordered by centroid
/// coordinates, which keeps the numbering deterministic.
final class SegmentOrder {

    private SegmentOrder() {}

    static KMeans.Fit bySize(KMeans.Fit fit) {
        double[][] centroids = fit.centroids();
        int[] newNumber = newNumbers(fit.labels(), centroids);
        double[][] renumbered = new double[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            renumbered[newNumber[c]] = centroids[c];
        }
        return new KMeans.Fit(renumbered, renumber(fit.labels(), newNumber), fit.inertia(), fit.iterations());
    }

    /// The new number of each segment: `newNumbers(...)[old]`.
    ///
    /// @param labels    segment of each row; rows with -1 (left out) are not counted
    /// @param centroids one per segment, to break ties in size
    static int[] newNumbers(int[] labels, double[][] centroids) {
        int k = centroids.length;
        int[] sizes = new int[k];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> -sizes[c])
                .thenComparing(c -> centroids[c], Arrays::compare));
        int[] newNumber = new int[k];
        for (int s = 0; s < k; s++) {
            newNumber[order[s]] = s;
        }
        return newNumber;
    }

    /// `labels` with each segment renumbered; -1 stays -1.
    static int[] renumber(int[] labels, int[] newNumber) {
        int[] renumbered = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            renumbered[i] = labels[i] < 0 ? labels[i] : newNumber[labels[i]];
        }
        return renumbered;
    }
}
