package io.personae.analytics.segmentation;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/// Answers "will I get the same segments next time?": re-segments bootstrap resamples of the
/// customers and measures, per segment, how well its members stay together.
///
/// Hennig's clusterboot (R package fpc): draw customers with replacement, segment the resample
/// with the same options, and give each original segment the Jaccard similarity of its best
/// match among the resample's segments, both restricted to the resampled customers (a customer
/// drawn twice counts twice, as in fpc). The mean over resamples is the segment's stability;
/// by Hennig's rule of thumb a segment under 0.75 is doubtful ([SegmentStability#STABLE_AT]).
public final class StabilityCheck {

    /// Most customers per resample the project and the k sweep use.
    ///
    /// decision: 20,000. A resample that size has hundreds of members even in a 3% segment, so
    /// Jaccard is measured to a few hundredths, and re-segmenting it takes milliseconds where
    /// a bootstrap of a million customers would take as long as the segmentation itself.
    public static final int DEFAULT_MAX_SAMPLE = 20_000;

    private StabilityCheck() {}

    /// Stability of each segment of `result`, a segmentation of `table`.
    ///
    /// @param runs      bootstrap resamples, at least 1 (Hennig suggests 20 or more; a handful
    ///                  already tells stable from doubtful segments)
    /// @param seed      seed of the resampling; the same seed gives the same figures
    /// @param maxSample most customers drawn per resample; on large data a resample smaller than
    ///                  the data keeps the check fast
    /// @throws SegmentationException when a resample cannot be segmented; the message says why
    public static List<SegmentStability> run(CustomerTable table, SegmentationResult result, int runs, long seed,
            int maxSample, ProgressMonitor progress) throws SegmentationException {
        return run(table, result.assignment(), result.k(), result.options(), runs, seed, maxSample, progress);
    }

    /// Stability of the segments given by `assignment` (segment 0..k-1 of each customer of
    /// `table`, or -1 for a customer left out), re-segmenting resamples with `options`.
    ///
    /// This form is for the k sweep, which scores fits that are not full segmentation results.
    ///
    /// @throws SegmentationException when a resample cannot be segmented; the message says why
    public static List<SegmentStability> run(CustomerTable table, int[] assignment, int k,
            SegmentationOptions options, int runs, long seed, int maxSample, ProgressMonitor progress)
            throws SegmentationException {
        if (assignment.length != table.size()) {
            throw new IllegalArgumentException("The segmentation describes " + assignment.length
                    + " customers but the table holds " + table.size() + "; segment this data first.");
        }
        if (runs < 1 || maxSample < 2) {
            throw new IllegalArgumentException("The stability check needs at least one run and a sample of at least 2.");
        }
        int[] eligible = IntStream.range(0, assignment.length).filter(i -> assignment[i] >= 0).toArray();
        int m = Math.min(eligible.length, maxSample);
        double[] sums = new double[k];
        for (int run = 0; run < runs; run++) {
            ProgressMonitor stage = progress.stage((double) run / runs, (double) (run + 1) / runs);
            stage.update(0, "Checking stability: resample " + (run + 1) + " of " + runs);
            int[] drawn = draw(eligible, m, new Random(seed + run));
            int[] rerun = resegment(table, drawn, options, stage);
            double[] best = bestJaccard(assignment, drawn, rerun, k);
            for (int s = 0; s < k; s++) {
                sums[s] += best[s];
            }
            progress.checkCancelled();
        }
        List<SegmentStability> stabilities = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            stabilities.add(SegmentStability.of(s, sums[s] / runs));
        }
        progress.update(1, "Checked the stability of " + k + " segments");
        return List.copyOf(stabilities);
    }

    /// Mean Jaccard of each segment of a k-means labelling of prepared rows, re-fitting k-means
    /// on bootstrap resamples of those rows: the same check as [#run], for the k sweep.
    ///
    /// decision: the k sweep checks eleven labellings, so here only k-means runs on each
    /// resample, on the rows the sweep already scaled, with `restarts` of its own. Re-running
    /// the whole segmentation would prepare the features again and build what the window shows
    /// (projection, fingerprint) for each resample, several times the cost of the fit; and
    /// scaling with the resample's own statistics instead of the full data's moves them by a
    /// few hundredths of a standard deviation, far less than what decides a segment's fate.
    ///
    /// @param rowMajor `n * d` prepared values, row `r` at `[r * d, (r + 1) * d)`
    /// @param labels   segment 0..k-1 of each row, or -1 for a row left out
    /// @param maxIter  Lloyd iterations per fit, at most
    /// @throws io.personae.analytics.progress.CancelledException when the user cancels
    public static double[] kMeansRows(double[] rowMajor, int n, int d, int[] labels, int k, int runs, long seed,
            int maxSample, int restarts, int maxIter, ProgressMonitor progress) {
        if (labels.length != n || rowMajor.length != (long) n * d) {
            throw new IllegalArgumentException("Expected " + n + " rows of " + d + " values and one label per row.");
        }
        if (runs < 1 || maxSample < 2) {
            throw new IllegalArgumentException("The stability check needs at least one run and a sample of at least 2.");
        }
        int[] eligible = IntStream.range(0, n).filter(r -> labels[r] >= 0).toArray();
        int m = Math.min(eligible.length, maxSample);
        if (m < k) {
            throw new IllegalArgumentException("A resample of " + m + " rows cannot hold " + k + " segments.");
        }
        double[] sums = new double[k];
        double[] sample = new double[m * d];
        for (int run = 0; run < runs; run++) {
            ProgressMonitor stage = progress.stage((double) run / runs, (double) (run + 1) / runs);
            int[] drawn = draw(eligible, m, new Random(seed + run));
            for (int p = 0; p < m; p++) {
                System.arraycopy(rowMajor, drawn[p] * d, sample, p * d, d);
            }
            int[] rerun = KMeans.fit(sample, m, d, k, seed + run, restarts, maxIter, stage).labels();
            double[] best = bestJaccard(labels, drawn, rerun, k);
            for (int s = 0; s < k; s++) {
                sums[s] += best[s];
            }
            progress.checkCancelled();
        }
        for (int s = 0; s < k; s++) {
            sums[s] /= runs;
        }
        return sums;
    }

    /// `m` customers drawn with replacement from `eligible`.
    private static int[] draw(int[] eligible, int m, Random random) {
        int[] drawn = new int[m];
        for (int p = 0; p < m; p++) {
            drawn[p] = eligible[random.nextInt(eligible.length)];
        }
        return drawn;
    }

    private static int[] resegment(CustomerTable table, int[] drawn, SegmentationOptions options,
            ProgressMonitor progress) throws SegmentationException {
        try {
            return Segmenter.segment(subset(table, drawn), options, progress).assignment();
        } catch (SegmentationException e) {
            throw new SegmentationException("The stability check could not segment a resample of "
                    + drawn.length + " customers: " + e.getMessage());
        }
    }

    /// The rows `drawn` of `table`, in that order, duplicates included.
    static CustomerTable subset(CustomerTable table, int[] drawn) {
        int m = drawn.length;
        String[] ids = new String[m];
        String[] emails = new String[m];
        String[] firstNames = new String[m];
        String[] lastNames = new String[m];
        for (int p = 0; p < m; p++) {
            ids[p] = table.ids()[drawn[p]];
            emails[p] = table.emails()[drawn[p]];
            firstNames[p] = table.firstNames()[drawn[p]];
            lastNames[p] = table.lastNames()[drawn[p]];
        }
        double[][] values = new double[table.features().size()][m];
        for (int f = 0; f < values.length; f++) {
            double[] column = table.column(f);
            for (int p = 0; p < m; p++) {
                values[f][p] = column[drawn[p]];
            }
        }
        List<CategoryColumn> categories = new ArrayList<>();
        for (CategoryColumn category : table.categories()) {
            String[] picked = new String[m];
            for (int p = 0; p < m; p++) {
                picked[p] = category.values()[drawn[p]];
            }
            categories.add(new CategoryColumn(category.name(), picked));
        }
        return new CustomerTable(ids, emails, firstNames, lastNames, table.features(), values, categories);
    }

    /// For each original segment, the best Jaccard similarity with a segment of the re-run, over
    /// the resampled positions both runs assign; 0 for a segment the resample did not draw (there
    /// is no evidence that it holds together).
    static double[] bestJaccard(int[] original, int[] drawn, int[] rerun, int k) {
        int kRerun = 1 + IntStream.of(rerun).max().orElse(-1);
        long[][] both = new long[k][Math.max(kRerun, 1)];
        long[] inOriginal = new long[k];
        long[] inRerun = new long[Math.max(kRerun, 1)];
        for (int p = 0; p < drawn.length; p++) {
            int o = original[drawn[p]];
            int b = rerun[p];
            if (o >= 0 && b >= 0) {
                both[o][b]++;
                inOriginal[o]++;
                inRerun[b]++;
            }
        }
        double[] best = new double[k];
        for (int o = 0; o < k; o++) {
            for (int b = 0; b < kRerun && inOriginal[o] > 0; b++) {
                long shared = both[o][b];
                best[o] = Math.max(best[o], (double) shared / (inOriginal[o] + inRerun[b] - shared));
            }
        }
        return best;
    }
}
