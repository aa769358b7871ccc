package io.personae.analytics.segmentation.choosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// The sweep's recommendation on data whose number of groups is known: the layouts of
/// `shared/bench/gen_blobs.py` (groups in a row) and groups at random well-separated centres.
class KnownClustersSweepTest {

    /// Two k-means runs per k and a silhouette on 1,000 customers keep each sweep well under a second.
    private static final SegmentationOptions BASE = new SegmentationOptions(2, 42, 2, 300);
    private static final SweepOptions NO_STABILITY = new SweepOptions(2, 12, 0.03, 8, 0, 1_000);

    @Test
    void givenSixBlobsInARowAsTheBenchmarkMakesThem_whenSwept_thenSixIsRecommendedThoughSilhouettePrefersTwo()
            throws SegmentationException {
        SweepResult result = KSweep.run(inARow(3000, 8, 6, 1), BASE, NO_STABILITY, ProgressMonitor.NONE);

        assertEquals(6, result.bestScoringK(), result.recommendation());
        assertEquals(6, result.recommendedK());
        assertEquals(2, bestSilhouette(result), "the layout where silhouette alone misleads");
    }

    @Test
    void givenFourBlobsInARow_whenSwept_thenFourIsRecommended() throws SegmentationException {
        SweepResult result = KSweep.run(inARow(3000, 8, 4, 2), BASE, NO_STABILITY, ProgressMonitor.NONE);

        assertEquals(4, result.recommendedK(), result.recommendation());
    }

    @Test
    void givenSixBlobsInARowAndStabilityRuns_whenSwept_thenSixIsStableAndRecommended() throws SegmentationException {
        SweepOptions withStability = new SweepOptions(4, 8, 0.03, 8, 3, 1_000);

        SweepResult result = KSweep.run(inARow(3000, 8, 6, 3), BASE, withStability, ProgressMonitor.NONE);

        KScore six = result.scores().get(2);
        assertEquals(6, six.k());
        assertTrue(six.stability() >= SegmentStability.STABLE_AT, six.toString());
        assertEquals(6, result.recommendedK(), result.recommendation());
    }

    @Test
    void givenThreeBlobsAtRandomCentres_whenSwept_thenThreeIsRecommended() throws SegmentationException {
        assertEquals(3, KSweep.run(atRandomCentres(3000, 4, 3, 4), BASE, NO_STABILITY, ProgressMonitor.NONE)
                .recommendedK());
    }

    @Test
    void givenFiveBlobsAtRandomCentres_whenSwept_thenFiveIsRecommended() throws SegmentationException {
        assertEquals(5, KSweep.run(atRandomCentres(3000, 4, 5, 5), BASE, NO_STABILITY, ProgressMonitor.NONE)
                .recommendedK());
    }

    @Test
    void givenEightBlobsAtRandomCentres_whenSwept_thenEightIsRecommended() throws SegmentationException {
        assertEquals(8, KSweep.run(atRandomCentres(4000, 6, 8, 6), BASE, NO_STABILITY, ProgressMonitor.NONE)
                .recommendedK());
    }

    private static int bestSilhouette(SweepResult result) {
        return result.scores().stream().max(Comparator.comparingDouble(KScore::silhouette)).orElseThrow().k();
    }

    /// gen_blobs.py's recipe: each customer joins a random group c of `k`, whose centre is at
    /// `2c` on every one of `d` axes, plus unit Gaussian noise.
    static CustomerTable inARow(int n, int d, int k, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[d][n];
        for (int i = 0; i < n; i++) {
            double centre = random.nextInt(k) * 2.0;
            for (int j = 0; j < d; j++) {
                values[j][i] = centre + random.nextGaussian();
            }
        }
        return table(values);
    }

    /// `k` groups with unit Gaussian noise around centres drawn in a box, each centre at least
    /// 8 standard deviations from the others; each customer joins a random group.
    static CustomerTable atRandomCentres(int n, int d, int k, long seed) {
        Random random = new Random(seed);
        List<double[]> centres = new ArrayList<>();
        while (centres.size() < k) {
            double[] candidate = new double[d];
            for (int j = 0; j < d; j++) {
                candidate[j] = 30 * random.nextDouble();
            }
            if (centres.stream().allMatch(other -> distance(other, candidate) >= 8)) {
                centres.add(candidate);
            }
        }
        double[][] values = new double[d][n];
        for (int i = 0; i < n; i++) {
            double[] centre = centres.get(random.nextInt(k));
            for (int j = 0; j < d; j++) {
                values[j][i] = centre[j] + random.nextGaussian();
            }
        }
        return table(values);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(sum);
    }

    private static CustomerTable table(double[][] values) {
        int n = values[0].length;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + (i + 1);
        }
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            features.add(new Feature("x" + (j + 1), FeatureKind.NUMBER, false));
        }
        return new CustomerTable(ids, new String[n], new String[n], new String[n], features, values);
    }
}
