package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.util.Arrays;
import java.util.Random;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.WardLinkage;

/// Ward hierarchical clustering on a sample of the customers, cut into k segments; every other
/// customer joins the segment whose sample centroid is nearest.
///
/// Ward's method needs the distances between all pairs, so its time and memory grow with the
/// square of the customers: the sample keeps it near a second whatever the data size. Smile's
/// `HierarchicalClustering` with `WardLinkage` is plain Java (it runs with no native BLAS).
final class WardClustering {

    /// decision: at most 2,000 customers go into the tree. Smile built it in 1.7 s for 2,000 and
    /// 2.1 s for 3,000 in a fresh JVM on a two-core machine, and cannot be cancelled midway, so
    /// the smaller sample; 2,000 customers still give each of up to 12 segments well over a
    /// hundred members on average to define its centroid.
    static final int SAMPLE = 2_000;

    private WardClustering() {}

    static Partition fit(double[] x, int n, int d, int k, long seed, ProgressMonitor progress) {
        int[] sample = sample(n, seed);
        double[][] rows = new double[sample.length][];
        for (int s = 0; s < sample.length; s++) {
            rows[s] = Arrays.copyOfRange(x, sample[s] * d, (sample[s] + 1) * d);
        }
        progress.update(0, "Ward clustering of " + sample.length + " customers");
        progress.checkCancelled();
        int[] sampleLabels = HierarchicalClustering.fit(WardLinkage.of(rows)).partition(k);
        progress.checkCancelled();
        progress.update(0.8, "Assigning the other customers to the nearest segment");

        double[][] centroids = new double[k][d];
        int[] sizes = new int[k];
        for (int s = 0; s < sample.length; s++) {
            int c = sampleLabels[s];
            sizes[c]++;
            for (int j = 0; j < d; j++) {
                centroids[c][j] += rows[s][j];
            }
        }
        double[] flat = new double[k * d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                flat[c * d + j] = sizes[c] > 0 ? centroids[c][j] / sizes[c] : Double.NaN;
            }
        }
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int s = 0; s < sample.length; s++) {
            labels[sample[s]] = sampleLabels[s];
        }
        double[] toCentroids = new double[k];
        for (int i = 0; i < n; i++) {
            if (labels[i] >= 0) {
                continue;
            }
            Distances.squaredToEach(x, i * d, flat, k, d, toCentroids);
            int nearest = 0;
            for (int c = 1; c < k; c++) {
                if (toCentroids[c] < toCentroids[nearest]) {
                    nearest = c;
                }
            }
            labels[i] = nearest;
            if (i % 65_536 == 0) {
                progress.checkCancelled();
            }
        }
        progress.update(1, "Ward clustering done");
        return new Partition(labels, k, 0);
    }

    /// The rows in the tree, ascending: all of them when there are few enough, otherwise a
    /// uniform sample drawn with the run's seed, so the same seed gives the same segments.
    static int[] sample(int n, long seed) {
        int size = Math.min(n, SAMPLE);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (size < n) {
            Random random = new Random(seed);
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(n - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
            }
        }
        int[] sample = Arrays.copyOf(all, size);
        Arrays.sort(sample);
        return sample;
    }
}
