package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.clustering.CentroidClustering;

class KMeansTest {

    private static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
    private static final int PER_BLOB = 60;

    /// Four well-separated 2-D blobs (noise SD 0.7 around centres 10 apart), blob by blob.
    private static double[] blobs() {
        Random random = new Random(7);
        double[] data = new double[CENTRES.length * PER_BLOB * 2];
        for (int b = 0; b < CENTRES.length; b++) {
            for (int i = 0; i < PER_BLOB; i++) {
                int row = b * PER_BLOB + i;
                data[row * 2] = CENTRES[b][0] + 0.7 * random.nextGaussian();
                data[row * 2 + 1] = CENTRES[b][1] + 0.7 * random.nextGaussian();
            }
        }
        return data;
    }

    private static int trueBlob(int row) {
        return row / PER_BLOB;
    }

    @Test
    void givenWellSeparatedBlobs_whenFitted_thenEveryBlobIsExactlyOneCluster() {
        int n = CENTRES.length * PER_BLOB;

        KMeans.Fit fit = KMeans.fit(blobs(), n, 2, 4, 1L, 1, 100, ProgressMonitor.NONE);

        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                assertEquals(trueBlob(a) == trueBlob(b), fit.labels()[a] == fit.labels()[b],
                        "rows " + a + " and " + b);
            }
        }
    }

    @Test
    void givenTheSameSeed_whenFittedTwice_thenAssignmentAndInertiaAreIdentical() {
        int n = CENTRES.length * PER_BLOB;
        double[] data = blobs();

        KMeans.Fit first = KMeans.fit(data, n, 2, 3, 5L, 3, 100, ProgressMonitor.NONE);
        KMeans.Fit second = KMeans.fit(data, n, 2, 3, 5L, 3, 100, ProgressMonitor.NONE);

        assertArrayEquals(first.labels(), second.labels());
        assertEquals(first.inertia(), second.inertia());
    }

    @Test
    void givenBlobs_whenFitted_thenInertiaIsNoWorseThanSmiles() {
        int n = CENTRES.length * PER_BLOB;
        double[] data = blobs();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {data[i * 2], data[i * 2 + 1]};
        }

        KMeans.Fit ours = KMeans.fit(data, n, 2, 4, 42L, 4, 100, ProgressMonitor.NONE);
        CentroidClustering<double[], double[]> peer = smile.clustering.KMeans.fit(rows, 4, 100);

        double smileInertia = 0;
        for (int i = 0; i < n; i++) {
            smileInertia += Distances.squared(rows[i], 0, peer.center(peer.group(i)), 0, 2);
        }
        assertTrue(ours.inertia() <= smileInertia * 1.001, ours.inertia() + " vs Smile's " + smileInertia);
    }

    @Test
    void givenFewerDistinctPointsThanClusters_whenFitted_thenItStillEndsAndLabelsEveryRow() {
        double[] data = {1, 1, 1, 1, 5, 5, 5, 5};

        KMeans.Fit fit = KMeans.fit(data, 4, 2, 3, 1L, 1, 50, ProgressMonitor.NONE);

        assertEquals(fit.labels()[0], fit.labels()[1]);
        assertEquals(fit.labels()[2], fit.labels()[3]);
        assertEquals(0, fit.inertia(), 1e-12);
    }

    @Test
    void givenACancelledMonitor_whenFitting_thenItStopsWithCancelledException() {
        CancellableProgress progress = new CancellableProgress();
        progress.cancel();
        int n = CENTRES.length * PER_BLOB;

        assertThrows(CancelledException.class, () -> KMeans.fit(blobs(), n, 2, 4, 1L, 1, 100, progress));
    }
}
