package io.personae.analytics.segmentation.choosing;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.ScaledMatrix;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.segmentation.StabilityCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// "How many segments should I have?": segments the customers for each k of a range, scores
/// every k and recommends one ([Recommendation]).
///
/// Built to answer on a million customers in seconds: the features are prepared once, k-means
/// runs directly on them for each k (once per k, on a sample of the rows, on large data: see
/// [SweepKMeans]), the silhouette looks at a sample, and stability re-fits k-means once per resample of at most
/// [StabilityCheck#DEFAULT_MAX_SAMPLE] of the prepared rows.
public final class KSweep {

    /// From this many customers on, the sweep fits k-means once per k rather than with the
    /// options' restarts.
    ///
    /// decision: the sweep only has to rank the k's, and on this much data greedy k-means++
    /// starts land within a fraction of a percent of the best of several runs (scikit-learn
    /// runs it once by default for the same reason); four restarts for each of eleven k's
    /// would alone take the million-customer sweep past its 15-second goal. From 50,000 on,
    /// not 200,000: with four restarts the 100,000-row sweep took 16-19 s, longer than the
    /// million-row one fitted on a sample ([SweepKMeans]).
    static final int ONE_RUN_FROM = 50_000;

    private KSweep() {}

    /// Sweeps k over `sweep.minK()..sweep.maxK()` with the other settings of `base`.
    ///
    /// @throws SegmentationException when the data cannot be split into that many segments, or
    ///                               the method has no k to choose; the message says what to do
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    public static SweepResult run(CustomerTable table, SegmentationOptions base, SweepOptions sweep,
            ProgressMonitor progress) throws SegmentationException {
        if (base.method() == Method.RFM) {
            throw new SegmentationException("RFM scoring makes its own fixed groups, so there is no number of "
                    + "segments to choose. Sweep with k-means, Gaussian mixture, Ward or k-prototypes instead.");
        }
        if (table.size() < SegmentationOptions.MIN_K) {
            throw new SegmentationException("There are too few customers to segment: import a file with at least "
                    + SegmentationOptions.MIN_K + " customers.");
        }
        progress.update(0, "Preparing features");
        ScaledMatrix space = ScaledMatrix.of(table, base);
        checkEnoughCustomers(table, space, sweep);
        progress.checkCancelled();
        int count = sweep.maxK() - sweep.minK() + 1;
        List<KScore> scores = new ArrayList<>(count);
        List<double[]> shares = new ArrayList<>(count);
        for (int k = sweep.minK(); k <= sweep.maxK(); k++) {
            int step = k - sweep.minK();
            ProgressMonitor stage = progress.stage(0.02 + 0.98 * step / count, 0.02 + 0.98 * (step + 1) / count);
            stage.update(0, "Trying " + k + " segments (" + (step + 1) + " of " + count + ")");
            int[] rowLabels = segment(table, space, base.withSegments(k), stage.stage(0, 0.6));
            progress.checkCancelled();
            ClusterScores score = ClusterScores.of(space.values(), space.n(), space.d(), rowLabels,
                    sweep.silhouetteSample(), base.seed());
            progress.checkCancelled();
            double[] segmentShares = shares(rowLabels, k);
            double stability = sweep.stabilityRuns() == 0 ? Double.NaN
                    : stability(table, space, rowLabels, base.withSegments(k), sweep, stage.stage(0.7, 1));
            scores.add(new KScore(k, score.silhouette(), score.calinskiHarabasz(), score.daviesBouldin(),
                    score.wcss(), Arrays.stream(segmentShares).min().orElse(0), stability));
            shares.add(segmentShares);
        }
        // with one segment the WCSS is the total sum of squares: it lets k=2 show an elbow
        double wcssBefore = sweep.minK() == 2 ? totalSumOfSquares(space) : Double.NaN;
        SweepResult result = Recommendation.recommend(scores, shares, sweep, wcssBefore);
        progress.update(1, result.recommendation());
        return result;
    }

    private static void checkEnoughCustomers(CustomerTable table, ScaledMatrix space, SweepOptions sweep)
            throws SegmentationException {
        int n = space.n();
        if (n >= sweep.maxK()) {
            return;
        }
        String who = n + (n == 1 ? " customer" : " customers") + (n < table.size() ? " without gaps" : "");
        throw new SegmentationException(n < sweep.minK()
                ? "Only " + who + ": too few to try " + sweep.minK() + " segments or more."
                : "Only " + who + ": try a range ending at " + n + " segments or fewer.");
    }

    /// The segment of each row of `space`.
    ///
    /// decision: k-means runs directly on the prepared matrix (the one [Segmenter] would give
    /// it), skipping what a full segmentation adds for the window (chart projection,
    /// fingerprint, preparing the features again), which would cost more than the fit itself on
    /// a million customers. Other methods go through [Segmenter] so the sweep scores exactly
    /// what the user would get. Under [io.personae.analytics.segmentation.MissingValues#OWN_CATEGORY]
    /// the segment of customers with gaps is not part of the sweep: it is not chosen by k.
    private static int[] segment(CustomerTable table, ScaledMatrix space, SegmentationOptions options,
            ProgressMonitor progress) throws SegmentationException {
        int k = options.k();
        if (options.method() == Method.KMEANS) {
            int restarts = space.n() >= ONE_RUN_FROM ? 1 : options.restarts();
            int[] labels = SweepKMeans.labels(space.values(), space.n(), space.d(), k, options.seed(), restarts,
                    options.maxIterations(), progress);
            if (Arrays.stream(shares(labels, k)).anyMatch(share -> share == 0)) {
                throw new SegmentationException("The customers have fewer than " + k + " different profiles on "
                        + String.join(", ", space.names()) + ": try a range ending at " + (k - 1) + " or lower.");
            }
            return labels;
        }
        int[] assignment = Segmenter.segment(table, options, progress).assignment();
        int[] labels = new int[space.n()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = assignment[space.customers()[r]];
        }
        return labels;
    }

    private static double totalSumOfSquares(ScaledMatrix space) {
        int[] one = new int[space.n()];
        return ClusterScores.Centroids.of(space.values(), space.n(), space.d(), one).wcss();
    }

    /// Share of the labelled rows in each segment.
    private static double[] shares(int[] labels, int k) {
        long[] sizes = new long[k];
        long labelled = 0;
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
                labelled++;
            }
        }
        double[] shares = new double[k];
        for (int s = 0; s < k; s++) {
            shares[s] = labelled == 0 ? 0 : (double) sizes[s] / labelled;
        }
        return shares;
    }

    /// Mean bootstrap Jaccard over the segments of this k.
    ///
    /// decision: k-means is checked on the prepared rows with one run per resample (see
    /// [StabilityCheck#kMeansRows]); greedy k-means++ finds well-separated groups in one run
    /// nearly every time (six blobs in a row: 0.9 to 1.0), and segments that one run finds
    /// differently from the next are not worth calling stable anyway. Other methods re-run the
    /// segmentation as the user would.
    private static double stability(CustomerTable table, ScaledMatrix space, int[] rowLabels,
            SegmentationOptions options, SweepOptions sweep, ProgressMonitor progress) throws SegmentationException {
        if (options.method() == Method.KMEANS) {
            double[] segments = StabilityCheck.kMeansRows(space.values(), space.n(), space.d(), rowLabels, options.k(),
                    sweep.stabilityRuns(), options.seed(), StabilityCheck.DEFAULT_MAX_SAMPLE, 1,
                    options.maxIterations(), progress);
            return Arrays.stream(segments).average().orElse(Double.NaN);
        }
        int[] assignment = new int[table.size()];
        Arrays.fill(assignment, -1);
        for (int r = 0; r < rowLabels.length; r++) {
            assignment[space.customers()[r]] = rowLabels[r];
        }
        List<SegmentStability> segments = StabilityCheck.run(table, assignment, options.k(), options,
                sweep.stabilityRuns(), options.seed(), StabilityCheck.DEFAULT_MAX_SAMPLE, progress);
        return segments.stream().mapToDouble(SegmentStability::jaccard).average().orElse(Double.NaN);
    }
}
