package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/// Splits customers into segments: the one entry point the project and the command line use.
///
/// The steps: the chosen features are checked and scaled, categories one-hot encoded
/// ([ScaledFeatures]); the chosen method runs on the customers it may use; segments are
/// numbered from the largest down ([SegmentOrder]); customers left out get -1, or under
/// [MissingValues#OWN_CATEGORY] a last segment of their own; every customer gets chart
/// coordinates ([Projection]).
public final class Segmenter {

    /// The method label of the segment holding customers with gaps, for methods that name
    /// their segments.
    public static final String INCOMPLETE = "Incomplete data";

    /// What a run prepares that depends on the table and the feature settings but not on the
    /// number of segments: the scaled features, the chart's projection and the fingerprint.
    private record Prepared(WeakReference<CustomerTable> table, SegmentationOptions settings, ScaledFeatures scaled,
            Projection projection, String fingerprint) {

        boolean isFor(CustomerTable other, SegmentationOptions otherSettings) {
            return table.get() == other && settings.equals(otherSettings);
        }
    }

    /// The last run's preparation, reused while the slider moves.
    ///
    /// decision: a slider move changes only k, yet scaling the features, projecting every
    /// customer for the chart and hashing the table took about half of a re-segmentation of
    /// 100,000 customers. One entry is enough for the slider; it holds the table weakly (a
    /// customer table is immutable, so identity means same data) and is replaced by the next
    /// run on other data or settings.
    private static volatile Prepared last;

    private Segmenter() {}

    /// @throws SegmentationException when the data cannot be split as asked; the message says
    ///                               what to change
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    public static SegmentationResult segment(CustomerTable table, SegmentationOptions options,
            ProgressMonitor progress) throws SegmentationException {
        checkSize(table.size(), options);
        progress.update(0, "Preparing features");
        Prepared prepared = prepare(table, options);
        ScaledFeatures scaled = prepared.scaled();
        checkEnoughComplete(scaled, options);
        progress.checkCancelled();

        int[] rows = scaled.rows();
        double[] x = scaled.rowValues();
        int d = scaled.d();
        int k = options.k();
        ProgressMonitor stage = progress.stage(0.05, 0.9);
        RfmCutPoints cuts = null;
        List<String> names = List.of();
        Partition partition;
        switch (options.method()) {
            case KMEANS -> {
                KMeans.Fit fit = KMeans.fit(x, rows.length, d, k, options.seed(), options.restarts(),
                        options.maxIterations(), stage);
                partition = new Partition(fit.labels(), k, fit.iterations());
            }
            case GAUSSIAN_MIXTURE -> partition = DiagonalGaussianMixture.fit(x, rows.length, d, k, options, stage);
            case WARD -> partition = WardClustering.fit(x, rows.length, d, k, options.seed(), stage);
            case K_PROTOTYPES -> partition = KPrototypes.fit(scaled.numericRows(), scaled.categoryRows(), rows.length,
                    scaled.numeric(), scaled.categories().stream().mapToInt(c -> c.levels().size()).toArray(), k,
                    options, stage);
            case RFM -> {
                cuts = options.rfmCutPoints() != null ? options.rfmCutPoints() : RfmScoring.quintiles(table);
                RfmGroups groups = RfmGroups.of(table, scaled, cuts);
                partition = groups.partition();
                names = groups.names();
            }
            default -> throw new IllegalStateException("Unknown method " + options.method());
        }
        progress.checkCancelled();
        double[][] centroids = partition.centroids(x, d);
        checkNoEmptySegment(partition, scaled, x, options.method());

        int[] newNumber = SegmentOrder.newNumbers(partition.labels(), centroids);
        int segments = partition.k();
        boolean ownSegment = options.missing() == MissingValues.OWN_CATEGORY && rows.length < table.size();
        int total = segments + (ownSegment ? 1 : 0);
        double[][] ordered = new double[total][];
        List<String> labels = new ArrayList<>(names.isEmpty() ? List.of() : Arrays.asList(new String[segments]));
        // method labels follow their segments through the renumbering
        for (int c = 0; c < segments; c++) {
            ordered[newNumber[c]] = centroids[c];
            if (!names.isEmpty()) {
                labels.set(newNumber[c], names.get(c));
            }
        }
        int[] assignment = new int[table.size()];
        Arrays.fill(assignment, ownSegment ? segments : -1);
        int[] sorted = SegmentOrder.renumber(partition.labels(), newNumber);
        for (int r = 0; r < rows.length; r++) {
            assignment[rows[r]] = sorted[r];
        }
        double inertia = new Partition(sorted, segments, 0).inertia(x, d, ordered);
        if (ownSegment) {
            ordered[segments] = gapCentroid(scaled, assignment, segments);
            inertia += gapInertia(scaled, assignment, segments, ordered[segments]);
            if (!names.isEmpty()) {
                labels.add(INCOMPLETE);
            }
        }

        progress.update(0.9, "Projecting customers for the chart");
        Projection projection = prepared.projection();
        String fingerprint = prepared.fingerprint();
        progress.update(1, "Segmented " + rows.length + " customers into " + total + " segments");
        return new SegmentationResult(options, scaled.names(), assignment, ordered, inertia, partition.iterations(),
                projection.x(), projection.y(), fingerprint, Instant.now(), IntStream.range(0, total).toArray(),
                labels, cuts);
    }

    /// What a run with these options would segment on, for the run's summary, without running it.
    ///
    /// @throws SegmentationException when the options do not fit the table (an unknown feature, a
    ///                               constant chosen feature...); the message says what to change
    public static SegmentationInputs inputs(CustomerTable table, SegmentationOptions options)
            throws SegmentationException {
        return FeatureSelection.of(table, options).inputs();
    }

    /// The scaled features of `table` under `options`: those of the last run when it had the same
    /// table and settings, else scaled afresh (and not kept, so the slider's entry stays).
    ///
    /// decision: profiling a run scales the table again to find each segment's typical customer;
    /// on 100,000 customers that was a fifth of a slider move, for features the run just scaled.
    static ScaledFeatures scaled(CustomerTable table, SegmentationOptions options) throws SegmentationException {
        Prepared known = last;
        if (known != null && known.isFor(table, options.withSegments(SegmentationOptions.MIN_K))) {
            return known.scaled();
        }
        return ScaledFeatures.of(table, options);
    }

    private static Prepared prepare(CustomerTable table, SegmentationOptions options) throws SegmentationException {
        // every setting but the number of segments
        SegmentationOptions settings = options.withSegments(SegmentationOptions.MIN_K);
        Prepared known = last;
        if (known != null && known.isFor(table, settings)) {
            return known;
        }
        ScaledFeatures scaled = ScaledFeatures.of(table, options);
        Prepared fresh = new Prepared(new WeakReference<>(table), settings, scaled,
                Projection.of(scaled.values(), scaled.n(), scaled.d()), Fingerprint.of(table));
        last = fresh;
        return fresh;
    }

    private static void checkSize(int n, SegmentationOptions options) throws SegmentationException {
        if (n == 0) {
            throw new SegmentationException("There are no customers to segment: import a file with customer rows first.");
        }
        if (n < SegmentationOptions.MIN_K) {
            throw new SegmentationException("Only 1 customer: segmenting needs at least "
                    + SegmentationOptions.MIN_K + ". Import a file with more customers.");
        }
        if (options.method() != Method.RFM && n < options.k()) {
            throw new SegmentationException("Only " + n + " customers: choose at most " + n + " segments.");
        }
    }

    /// Under [MissingValues#DROP] and [MissingValues#OWN_CATEGORY] only customers without gaps
    /// are segmented: there must be enough of them.
    private static void checkEnoughComplete(ScaledFeatures scaled, SegmentationOptions options)
            throws SegmentationException {
        int complete = scaled.rows().length;
        int needed = options.method() == Method.RFM ? SegmentationOptions.MIN_K : options.k();
        if (complete >= needed) {
            return;
        }
        String where = String.join(", ", scaled.inputs().gapsByFeature().keySet());
        String change = complete >= SegmentationOptions.MIN_K
                ? "choose at most " + complete + " segments, fill the gaps with the median, or leave out " + where + "."
                : "fill the gaps with the median instead, or leave out " + where + ".";
        throw new SegmentationException("Only " + complete + (complete == 1 ? " customer has" : " customers have")
                + " no gaps in " + where + ": " + change);
    }

    /// An algorithm leaves a segment empty only when the customers differ too little; say so
    /// rather than return a segment with nobody in it.
    private static void checkNoEmptySegment(Partition partition, ScaledFeatures scaled, double[] x, Method method)
            throws SegmentationException {
        int[] sizes = partition.sizes();
        if (Arrays.stream(sizes).allMatch(size -> size > 0)) {
            return;
        }
        int found = (int) Arrays.stream(sizes).filter(size -> size > 0).count();
        if (method == Method.GAUSSIAN_MIXTURE) {
            throw new SegmentationException("The Gaussian mixture found only " + found + " distinct segments in this "
                    + "data: choose at most " + found + " segments, or use k-means.");
        }
        Set<String> profiles = new HashSet<>();
        int d = scaled.d();
        for (int r = 0; r < scaled.rows().length; r++) {
            profiles.add(Arrays.toString(Arrays.copyOfRange(x, r * d, (r + 1) * d)));
        }
        int distinct = profiles.size();
        throw new SegmentationException("The customers have only " + distinct + " different profiles on "
                + String.join(", ", scaled.names()) + ": choose at most " + distinct + " segments.");
    }

    /// The mean (gaps filled) of the customers in the segment of their own.
    private static double[] gapCentroid(ScaledFeatures scaled, int[] assignment, int segment) {
        int d = scaled.d();
        double[] centroid = new double[d];
        int count = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] == segment) {
                count++;
                for (int j = 0; j < d; j++) {
                    centroid[j] += scaled.values()[i * d + j];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            centroid[j] /= count;
        }
        return centroid;
    }

    private static double gapInertia(ScaledFeatures scaled, int[] assignment, int segment, double[] centroid) {
        double inertia = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] == segment) {
                inertia += Distances.squared(scaled.values(), i * scaled.d(), centroid, 0, scaled.d());
            }
        }
        return inertia;
    }
}
