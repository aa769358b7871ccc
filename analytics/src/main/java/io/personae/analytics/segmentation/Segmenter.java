package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/// Splits customers into k segments: the one entry point the project and the command line use.
///
/// The steps, each chosen so that users get stable, sensible segments without tuning:
/// features that do not vary are left out; gaps take the feature's median; money and counts
/// are log-transformed (a few big spenders would otherwise get segments of their own); every
/// feature is standardised; k-means runs a few times from different seeds and keeps the best.
public final class Segmenter {

    private Segmenter() {}

    /// @throws SegmentationException when the data cannot be split as asked; the message says
    ///                               what to change
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    public static SegmentationResult segment(CustomerTable table, SegmentationOptions options,
            ProgressMonitor progress) throws SegmentationException {
        int k = options.k();
        int n = table.size();
        if (n == 0) {
            throw new SegmentationException("There are no customers to segment: import a file with customer rows first.");
        }
        if (n < SegmentationOptions.MIN_K) {
            throw new SegmentationException("Only 1 customer: segmenting needs at least "
                    + SegmentationOptions.MIN_K + ". Import a file with more customers.");
        }
        if (n < k) {
            throw new SegmentationException("Only " + n + (n == 1 ? " customer" : " customers")
                    + ": choose at most " + n + " segments.");
        }
        progress.update(0, "Preparing features");
        ScaledFeatures scaled = ScaledFeatures.of(table);
        progress.checkCancelled();

        KMeans.Fit fit = KMeans.fit(scaled.values(), n, scaled.d(), k, options.seed(), options.restarts(),
                options.maxIterations(), progress.stage(0.05, 0.9));
        fit = SegmentOrder.bySize(fit);
        checkNoEmptySegment(fit, scaled, k);
        progress.checkCancelled();

        progress.update(0.9, "Projecting customers for the chart");
        Projection projection = Projection.of(scaled.values(), n, scaled.d());
        String fingerprint = Fingerprint.of(table);
        progress.update(1, "Segmented " + n + " customers into " + k + " segments");
        return new SegmentationResult(options, scaled.names(), fit.labels(), fit.centroids(), fit.inertia(),
                fit.iterations(), projection.x(), projection.y(), fingerprint, Instant.now());
    }

    /// k-means leaves a segment empty only when fewer than k customers differ; say so rather
    /// than return a segment with nobody in it.
    private static void checkNoEmptySegment(KMeans.Fit fit, ScaledFeatures scaled, int k) throws SegmentationException {
        int[] sizes = new int[k];
        for (int label : fit.labels()) {
            sizes[label]++;
        }
        if (sizes[k - 1] > 0) {
            return;
        }
        Set<String> profiles = new HashSet<>();
        int d = scaled.d();
        double[] values = scaled.values();
        for (int i = 0; i < scaled.n(); i++) {
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < d; j++) {
                key.append(values[i * d + j]).append(',');
            }
            profiles.add(key.toString());
        }
        int distinct = profiles.size();
        throw new SegmentationException("The customers have only " + distinct + " different profiles on "
                + String.join(", ", scaled.names()) + ": choose at most " + distinct + " segments.");
    }
}
