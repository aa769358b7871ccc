package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/// Renumbers k-means clusters from the largest to the smallest, so segment 1 is the same
/// group whichever order k-means happened to find them in. Equal sizes are ordered by centroid
/// coordinates, which keeps the numbering deterministic.
final class SegmentOrder {

    private SegmentOrder() {}

    static KMeans.Fit bySize(KMeans.Fit fit) {
        double[][] centroids = fit.centroids();
        int k = centroids.length;
        int[] sizes = new int[k];
        for (int label : fit.labels()) {
            sizes[label]++;
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> -sizes[c])
                .thenComparing(c -> centroids[c], Arrays::compare));
        int[] newNumber = new int[k];
        double[][] renumbered = new double[k][];
        for (int s = 0; s < k; s++) {
            newNumber[order[s]] = s;
            renumbered[s] = centroids[order[s]];
        }
        int[] labels = new int[fit.labels().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newNumber[fit.labels()[i]];
        }
        return new KMeans.Fit(renumbered, labels, fit.inertia(), fit.iterations());
    }
}
