package io.personae.app.personas;

import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.RfmGrid;
import io.personae.app.common.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/// What the persona charts draw, worked out from the analysis shown: plain data, so the charts
/// only draw and the sums can be tested without a window.
final class ChartData {

    /// decision: at most 5,000 points on the value-potential grid and 2,000 values per box; more
    /// only slow the drawing and hide each other
    static final int MAX_POINTS = 5_000;
    static final int MAX_BOX_VALUES = 2_000;

    private ChartData() {
    }

    /// Segments by features, each cell the segment's lift on the feature.
    ///
    /// @param lift `lift[s][f]`; NaN where unknown
    record HeatMap(List<String> segments, List<Integer> identities, List<String> features, double[][] lift) {
    }

    /// One feature's values per segment, sampled.
    ///
    /// @param samples per segment, at most [#MAX_BOX_VALUES] of its customers' values (gaps left out)
    record BoxSamples(String feature, List<String> segments, List<Integer> identities, List<double[]> samples, boolean sampled) {
    }

    /// Customers on the value-potential grid, sampled.
    ///
    /// @param action   per point, the [ActionType] ordinal of the primary action
    /// @param identity per point, the segment's identity
    /// @param total    customers placed on the grid, of which `value.length` are drawn
    record GridPoints(double[] value, double[] potential, int[] action, int[] identity, String[] ids, List<String> actions,
            List<String> segmentLabels, List<Integer> segmentIdentities, int total, double valueCut, double potentialCut) {

        /// "5,000 of 52,341 customers shown" or "812 customers".
        String sampleText() {
            return value.length < total ? Formats.count(value.length) + " of " + Formats.count(total) + " customers shown (a sample)"
                    : Formats.count(total) + " customers";
        }

        /// "Segment 3 · Loyal high spenders" for a segment identity.
        String segmentLabel(int segmentIdentity) {
            int at = segmentIdentities.indexOf(segmentIdentity);
            return at < 0 ? "" : segmentLabels.get(at);
        }
    }

    /// Customers per primary action and segment.
    ///
    /// @param counts `counts[s][a]`
    record ActionCounts(List<String> segments, List<Integer> identities, List<String> actions, int[][] counts) {
    }

    /// The RFM grid of the run shown with the segment behind each cell, or why there is none.
    ///
    /// @param grid       the grid; `null` when the run is not RFM scoring
    /// @param identities per segment (index in the run), its identity: the colour, and what a click picks
    /// @param labels     per segment, "Segment 3 · Champions"
    /// @param orderData  whether the data has the order history RFM scoring needs
    record RfmCells(RfmGrid grid, List<Integer> identities, List<String> labels, boolean orderData) {
    }

    static RfmCells rfm(ShownAnalysis shown) {
        List<String> features = shown.customers().featureNames();
        boolean orderData = features.contains(TransactionFeatures.RECENCY) && features.contains(TransactionFeatures.FREQUENCY);
        return new RfmCells(shown.rfmGrid(), identities(shown), labels(shown), orderData);
    }

    static HeatMap heatMap(ShownAnalysis shown) {
        List<String> features = shown.profiles().getFirst().features().stream().map(FeatureStats::feature).toList();
        double[][] lift = new double[shown.size()][features.size()];
        for (int s = 0; s < shown.size(); s++) {
            PersonaProfile profile = shown.profiles().get(s);
            for (int f = 0; f < features.size(); f++) {
                lift[s][f] = profile.feature(features.get(f)).map(FeatureStats::lift).orElse(Double.NaN);
            }
        }
        return new HeatMap(labels(shown), identities(shown), features, lift);
    }

    static BoxSamples boxes(ShownAnalysis shown, String feature) {
        int f = shown.customers().featureNames().indexOf(feature);
        if (f < 0) {
            throw new IllegalArgumentException("There is no feature '" + feature + "'");
        }
        double[] column = shown.customers().column(f);
        int[] assignment = shown.segmentation().result().assignment();
        List<double[]> samples = new ArrayList<>();
        boolean sampled = false;
        for (int s = 0; s < shown.size(); s++) {
            int segment = s;
            double[] values = IntStream.range(0, assignment.length).filter(i -> assignment[i] == segment)
                    .mapToDouble(i -> column[i]).filter(v -> !Double.isNaN(v)).toArray();
            sampled |= values.length > MAX_BOX_VALUES;
            samples.add(evenly(values, MAX_BOX_VALUES));
        }
        return new BoxSamples(feature, labels(shown), identities(shown), samples, sampled);
    }

    static GridPoints grid(ShownAnalysis shown) {
        CustomerStrategy strategy = shown.strategy();
        int[] assignment = shown.segmentation().result().assignment();
        int[] placed = IntStream.range(0, strategy.size())
                .filter(i -> assignment[i] >= 0 && strategy.primary()[i] >= 0 && !Double.isNaN(strategy.value()[i])
                        && !Double.isNaN(strategy.potential()[i]))
                .toArray();
        int[] drawn = evenly(placed, MAX_POINTS);
        int n = drawn.length;
        double[] value = new double[n];
        double[] potential = new double[n];
        int[] action = new int[n];
        int[] identity = new int[n];
        String[] ids = new String[n];
        int[] identities = shown.segmentation().result().identities();
        for (int p = 0; p < n; p++) {
            int i = drawn[p];
            value[p] = strategy.value()[i];
            potential[p] = strategy.potential()[i];
            action[p] = strategy.primary()[i];
            identity[p] = identities[assignment[i]];
            ids[p] = shown.customers().ids()[i];
        }
        List<String> actions = Arrays.stream(ActionType.values()).map(shown::action).toList();
        return new GridPoints(value, potential, action, identity, ids, actions, labels(shown), identities(shown), placed.length,
                strategy.valueCut(), strategy.potentialCut());
    }

    static ActionCounts actions(ShownAnalysis shown) {
        int[][] counts = new int[shown.size()][ActionType.values().length];
        for (int s = 0; s < shown.size(); s++) {
            for (ActionType action : ActionType.values()) {
                counts[s][action.ordinal()] = shown.strategy().count(s, action);
            }
        }
        List<String> actions = Arrays.stream(ActionType.values()).map(shown::action).toList();
        return new ActionCounts(labels(shown), identities(shown), actions, counts);
    }

    /// At most `max` of `values`, evenly spaced through them: a sample that keeps the spread and
    /// is the same every time.
    static double[] evenly(double[] values, int max) {
        if (values.length <= max) {
            return values;
        }
        double[] sample = new double[max];
        for (int j = 0; j < max; j++) {
            sample[j] = values[(int) ((long) j * values.length / max)];
        }
        return sample;
    }

    static int[] evenly(int[] values, int max) {
        if (values.length <= max) {
            return values;
        }
        int[] sample = new int[max];
        for (int j = 0; j < max; j++) {
            sample[j] = values[(int) ((long) j * values.length / max)];
        }
        return sample;
    }

    private static List<String> labels(ShownAnalysis shown) {
        return IntStream.range(0, shown.size()).mapToObj(shown::label).toList();
    }

    private static List<Integer> identities(ShownAnalysis shown) {
        return IntStream.range(0, shown.size()).mapToObj(shown::identity).toList();
    }
}
