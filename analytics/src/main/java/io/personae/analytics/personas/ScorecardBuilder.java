package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// Scores each segment on the four actionability criteria and gathers the warnings.
///
/// Differentiable uses [SegmentGeometry#separation]: the distance between two segments' centres
/// in the scaled space over the sum of their root mean squared spreads, to the nearest other
/// segment. It reads the same for any number of features, since both distance and spread grow
/// with the number of dimensions.
final class ScorecardBuilder {

    private ScorecardBuilder() {}

    static Scorecard score(CustomerTable table, SegmentationResult result, List<PersonaProfile> profiles,
            CustomerStrategy strategy, SegmentGeometry geometry, ScorecardThresholds thresholds,
            ActionVocabulary vocabulary) {
        int k = result.k();
        Reach reach = Reach.of(table, result);
        List<SegmentScore> scores = new ArrayList<>(k);
        List<String> warnings = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            PersonaProfile profile = profiles.get(s);
            int nearest = nearest(geometry, s);
            double separation = nearest < 0 ? Double.NaN : geometry.separation(s, nearest);
            int nearestNumber = nearest < 0 ? 0 : result.number(nearest);
            List<Check> checks = List.of(
                    substantial(profile, thresholds),
                    contactable(reach, s, thresholds),
                    differentiable(separation, nearestNumber, thresholds),
                    actionable(strategy, s, profile.size(), vocabulary));
            SegmentScore score = new SegmentScore(s, result.number(s), checks, nearestNumber, separation);
            scores.add(score);
            for (Check check : checks) {
                if (check.light() == Light.RED) {
                    warnings.add("Segment " + score.number() + " is not " + check.criterion().label().toLowerCase(Locale.ROOT)
                            + ": " + decapitalise(check.reason()));
                }
            }
        }
        List<MergeSuggestion> merges = merges(geometry, result, thresholds);
        merges.forEach(merge -> warnings.add(merge.message()));
        return new Scorecard(scores, warnings, merges, thresholds);
    }

    static Check substantial(PersonaProfile profile, ScorecardThresholds t) {
        double customers = profile.customerShare();
        double revenue = profile.revenueShare();
        String shares = percent(customers) + " of customers"
                + (profile.hasRevenue() ? " bring " + percent(revenue) + " of revenue" : "");
        if (customers >= t.greenCustomerShare()) {
            if (profile.hasRevenue() && revenue < t.minRevenueShare()) {
                return new Check(Criterion.SUBSTANTIAL, Light.AMBER, capitalise(shares)
                        + ": many customers, little revenue.");
            }
            return new Check(Criterion.SUBSTANTIAL, Light.GREEN, capitalise(shares) + ".");
        }
        if (customers >= t.amberCustomerShare()) {
            return new Check(Criterion.SUBSTANTIAL, Light.AMBER, capitalise(shares) + ": small, below "
                    + percent(t.greenCustomerShare()) + " of customers.");
        }
        if (profile.hasRevenue() && revenue >= t.greenCustomerShare()) {
            return new Check(Criterion.SUBSTANTIAL, Light.AMBER, capitalise(shares)
                    + ": few customers, but they count.");
        }
        return new Check(Criterion.SUBSTANTIAL, Light.RED, "Only " + shares + ", below "
                + percent(t.amberCustomerShare()) + " of customers.");
    }

    static Check contactable(Reach reach, int s, ScorecardThresholds t) {
        int size = reach.sizes()[s];
        if (size == 0) {
            return new Check(Criterion.CONTACTABLE, Light.RED, "The segment has no customers.");
        }
        double emails = (double) reach.validEmails()[s] / size;
        Optional<String> consentColumn = reach.consentColumn();
        double reachable = consentColumn.isPresent() ? (double) reach.reachable()[s] / size : emails;
        String reason = percent(emails) + " have a valid email"
                + consentColumn.map(c -> "; " + percent(reachable) + " also consented (" + c + ")").orElse("");
        Light light = reachable >= t.greenContactable() ? Light.GREEN
                : reachable >= t.amberContactable() ? Light.AMBER : Light.RED;
        return new Check(Criterion.CONTACTABLE, light, capitalise(reason) + ".");
    }

    static Check differentiable(double separation, int nearestNumber, ScorecardThresholds t) {
        if (nearestNumber == 0) {
            return new Check(Criterion.DIFFERENTIABLE, Light.GREEN, "It is the only segment.");
        }
        if (Double.isNaN(separation)) {
            return new Check(Criterion.DIFFERENTIABLE, Light.AMBER, "Its separation from segment " + nearestNumber
                    + " cannot be measured (its customers have gaps in the features segmented on).");
        }
        String measure = "Separation " + String.format(Locale.ROOT, "%.2f", separation) + " from the nearest, segment "
                + nearestNumber;
        if (separation >= t.greenSeparation()) {
            return new Check(Criterion.DIFFERENTIABLE, Light.GREEN, measure + ": clearly different.");
        }
        if (separation >= t.amberSeparation()) {
            return new Check(Criterion.DIFFERENTIABLE, Light.AMBER, measure + ": overlaps it in part.");
        }
        return new Check(Criterion.DIFFERENTIABLE, Light.RED, measure + ": hard to tell apart.");
    }

    static Check actionable(CustomerStrategy strategy, int s, int size, ActionVocabulary vocabulary) {
        Optional<ActionType> action = strategy.segmentAction(s);
        if (action.isEmpty()) {
            return new Check(Criterion.ACTIONABLE, Light.RED,
                    "No action could be assigned: the data has no spend or money column to value customers by.");
        }
        double share = size == 0 ? 0 : (double) strategy.count(s, action.get()) / size;
        return new Check(Criterion.ACTIONABLE, Light.GREEN, "Action: " + vocabulary.label(action.get()) + " ("
                + percent(share) + " of its customers).");
    }

    /// Pairs of mutually nearest segments closer than the amber separation, closest first.
    private static List<MergeSuggestion> merges(SegmentGeometry geometry, SegmentationResult result,
            ScorecardThresholds t) {
        List<MergeSuggestion> merges = new ArrayList<>();
        for (int a = 0; a < result.k(); a++) {
            int b = nearest(geometry, a);
            if (b > a && nearest(geometry, b) == a) {
                double separation = geometry.separation(a, b);
                if (separation < t.amberSeparation()) {
                    int x = result.number(a);
                    int y = result.number(b);
                    merges.add(new MergeSuggestion(Math.min(x, y), Math.max(x, y), separation));
                }
            }
        }
        merges.sort(Comparator.comparingDouble(MergeSuggestion::separation));
        return merges;
    }

    /// The segment least separated from `s`; -1 when there is no other with a known separation.
    private static int nearest(SegmentGeometry geometry, int s) {
        int best = -1;
        double bestSeparation = Double.POSITIVE_INFINITY;
        for (int other = 0; other < geometry.centroids().length; other++) {
            double separation = other == s ? Double.NaN : geometry.separation(s, other);
            if (!Double.isNaN(separation) && (best < 0 || separation < bestSeparation)) {
                best = other;
                bestSeparation = separation;
            }
        }
        return best;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String decapitalise(String text) {
        // keep "Only 2.1% ..." readable after the colon
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /// Per segment, customers with a valid email and, with a consent column, those who also consented.
    record Reach(int[] sizes, int[] validEmails, int[] reachable, Optional<String> consentColumn) {

        static Reach of(CustomerTable table, SegmentationResult result) {
            int k = result.k();
            int[] sizes = new int[k];
            int[] valid = new int[k];
            int[] reachable = new int[k];
            boolean[] consent = ColumnRoles.consent(table).orElse(null);
            int[] assignment = result.assignment();
            String[] emails = table.emails();
            for (int i = 0; i < assignment.length; i++) {
                int s = assignment[i];
                if (s < 0) {
                    continue;
                }
                sizes[s]++;
                if (EmailCheck.isValid(emails[i])) {
                    valid[s]++;
                    if (consent == null || consent[i]) {
                        reachable[s]++;
                    }
                }
            }
            return new Reach(sizes, valid, reachable, ColumnRoles.consentColumn(table));
        }
    }
}
