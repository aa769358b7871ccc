package io.personae.analytics.segmentation.choosing;

import io.personae.analytics.segmentation.SegmentStability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/// Turns the scores of a k sweep into a number of segments and a sentence saying why.
///
/// The rule, in order:
///
/// 1. **Best scoring k** (statistics alone). When the within-segment sum of squares (WCSS)
///    bends clearly, the k where it bends most: the k-th segment removed at least
///    [WcssElbow#CLEAR] times as much WCSS as the next one removes ([WcssElbow]), and no other
///    k has a larger ratio. Otherwise, the highest mean silhouette. Silhouettes within
///    [#SILHOUETTE_TIE] of the best count as a tie, which Calinski-Harabasz and Davies-Bouldin
///    break: the tied k with the smallest sum of its rank on each (CH highest first, DB lowest
///    first) wins, then the smaller k.
/// 2. **Limits**: a k meets the business limits when it has at most `maxSegments` segments
///    and no segment under `minSegmentShare` of the customers (hard limits), and its segments
///    are stable, a mean bootstrap Jaccard of at least [SegmentStability#STABLE_AT] (preferred;
///    met when stability was not measured).
/// 3. **Recommended k**: the best scoring k, by the rule of step 1, among those that meet every
///    limit (the elbow of each k is measured on the whole sweep's curve). When none does, the
///    least bad: fewest hard limits failed, then fewest preferred ones, then best scoring.
///
/// decision: a clear WCSS elbow leads, the silhouette decides otherwise. Silhouette,
/// Calinski-Harabasz and Davies-Bouldin all reward a few far-apart groups over many close
/// ones: on six well-separated blobs in a row (eight features) the silhouette is 0.57 at k=2
/// and 0.39 at k=6, Davies-Bouldin also prefers 2 and Calinski-Harabasz 3, while the WCSS
/// elbow is 20 at 6 and under 6 everywhere else. On data without groups there is no clear
/// elbow, and the silhouette, bounded and comparable across k (CH grows with k on
/// structureless data), picks as before; CH and DB only settle near-ties. Business limits
/// decide over statistics because a segment of 1% of customers is not worth a campaign,
/// however well it separates. See docs/decisions/0010-choosing-k.md.
public final class Recommendation {

    /// Silhouettes closer than this to the best count as equally good: the sampled silhouette
    /// is only known to about this precision.
    static final double SILHOUETTE_TIE = 0.01;

    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};

    private Recommendation() {}

    /// The recommendation when only the scored k's are known; the first k then cannot show an
    /// elbow (nothing comes before it).
    ///
    /// @param scores the sweep's scores, one per k
    /// @param shares for each entry of `scores`, the share of customers in each segment (0..1)
    /// @param limits the business limits (min share, max segments)
    public static SweepResult recommend(List<KScore> scores, List<double[]> shares, SweepOptions limits) {
        return recommend(scores, shares, limits, Double.NaN);
    }

    /// @param scores     the sweep's scores, one per k
    /// @param shares     for each entry of `scores`, the share of customers in each segment (0..1)
    /// @param limits     the business limits (min share, max segments)
    /// @param wcssBefore WCSS with one segment fewer than the first k scored (the total sum of
    ///                   squares when the sweep starts at 2), or NaN when unknown; it lets the
    ///                   first k show an elbow
    public static SweepResult recommend(List<KScore> scores, List<double[]> shares, SweepOptions limits,
            double wcssBefore) {
        Objects.requireNonNull(limits, "limits");
        if (scores.isEmpty() || scores.size() != shares.size()) {
            throw new IllegalArgumentException("One list of segment shares is needed per scored k, and at least one k.");
        }
        Map<Integer, Double> elbows = WcssElbow.sharpness(scores, wcssBefore);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            KScore score = scores.get(i);
            candidates.add(Candidate.of(score, shares.get(i), limits, elbows.getOrDefault(score.k(), Double.NaN)));
        }
        Candidate best = bestScoring(candidates);
        List<Candidate> meeting = candidates.stream().filter(Candidate::meetsAll).toList();
        if (!meeting.isEmpty()) {
            Candidate chosen = bestScoring(meeting);
            return result(scores, best, chosen, best == chosen
                    ? best.k() + " scores best and meets every limit: " + chosen.k() + " is recommended."
                    : best.k() + " scores best, but " + best.failures(limits) + "; " + chosen.k() + " is recommended.");
        }
        Candidate chosen = leastBad(candidates);
        return result(scores, best, chosen, "No number of segments meets every limit: "
                + failingEverywhere(candidates, limits) + ". " + chosen.k() + " is the least bad ("
                + chosen.failures(limits) + "); " + chosen.k() + " is recommended.");
    }

    private static SweepResult result(List<KScore> scores, Candidate best, Candidate chosen, String sentence) {
        List<KScore> ordered = scores.stream().sorted(Comparator.comparingInt(KScore::k)).toList();
        return new SweepResult(ordered, best.k(), chosen.k(), sentence);
    }

    /// Step 1 of the rule, on any subset of the sweep: the sharpest clear elbow, or else the
    /// best silhouette.
    static Candidate bestScoring(List<Candidate> candidates) {
        var sharpest = candidates.stream().filter(c -> c.elbow() >= WcssElbow.CLEAR)
                .max(Comparator.comparingDouble(Candidate::elbow).thenComparing(Comparator.comparingInt(Candidate::k).reversed()));
        return sharpest.orElseGet(() -> bestSilhouette(candidates));
    }

    private static Candidate bestSilhouette(List<Candidate> candidates) {
        double top = candidates.stream().mapToDouble(c -> c.score().silhouette()).filter(s -> !Double.isNaN(s))
                .max().orElse(Double.NaN);
        List<Candidate> tied = Double.isNaN(top) ? candidates
                : candidates.stream().filter(c -> c.score().silhouette() >= top - SILHOUETTE_TIE).toList();
        Comparator<Candidate> byCh = Comparator.comparingDouble(c -> -orLowest(c.score().calinskiHarabasz()));
        Comparator<Candidate> byDb = Comparator.comparingDouble(c -> orHighest(c.score().daviesBouldin()));
        return tied.stream()
                .min(Comparator.comparingInt((Candidate c) -> rank(tied, c, byCh) + rank(tied, c, byDb))
                        .thenComparingInt(Candidate::k))
                .orElseThrow();
    }

    private static Candidate leastBad(List<Candidate> candidates) {
        int fewestHard = candidates.stream().mapToInt(Candidate::hardFailures).min().orElseThrow();
        List<Candidate> hardest = candidates.stream().filter(c -> c.hardFailures() == fewestHard).toList();
        int fewestSoft = hardest.stream().mapToInt(Candidate::softFailures).min().orElseThrow();
        return bestScoring(hardest.stream().filter(c -> c.softFailures() == fewestSoft).toList());
    }

    /// The limits no k meets, in words; or that each k fails one limit or another.
    private static String failingEverywhere(List<Candidate> candidates, SweepOptions limits) {
        List<String> everywhere = new ArrayList<>();
        if (candidates.stream().allMatch(c -> c.tooMany)) {
            everywhere.add("every k tried has more than the " + limits.maxSegments() + " segments the team can act on");
        }
        if (candidates.stream().allMatch(c -> c.under > 0)) {
            everywhere.add("every k has a segment under " + percent(limits.minSegmentShare()) + " of customers");
        }
        if (candidates.stream().allMatch(c -> c.unstable)) {
            everywhere.add("no k gives stable segments (mean Jaccard " + SegmentStability.STABLE_AT + " or more)");
        }
        return everywhere.isEmpty() ? "each k fails one limit or another" : String.join(", and ", everywhere);
    }

    private static int rank(List<Candidate> among, Candidate candidate, Comparator<Candidate> order) {
        return (int) among.stream().filter(other -> order.compare(other, candidate) < 0).count();
    }

    private static double orLowest(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    private static double orHighest(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    /// "3%", "2.5%": as few digits as the limit needs.
    static String percent(double share) {
        return new BigDecimal(Double.toString(share * 100)).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }

    static String count(int n) {
        return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String.format(Locale.ROOT, "%d", n);
    }

    /// One k with the limits it fails.
    ///
    /// @param under    segments under the smallest share
    /// @param tooMany  more segments than the team can act on
    /// @param unstable mean Jaccard under the stable threshold (false when not measured)
    /// @param elbow    sharpness of the WCSS elbow at this k ([WcssElbow]), NaN when unknown
    record Candidate(KScore score, int under, boolean tooMany, boolean unstable, double elbow) {

        static Candidate of(KScore score, double[] shares, SweepOptions limits, double elbow) {
            int under = 0;
            for (double share : shares) {
                if (share < limits.minSegmentShare()) {
                    under++;
                }
            }
            boolean unstable = !Double.isNaN(score.stability()) && score.stability() < SegmentStability.STABLE_AT;
            return new Candidate(score, under, score.k() > limits.maxSegments(), unstable, elbow);
        }

        int k() {
            return score.k();
        }

        int hardFailures() {
            return (under > 0 ? 1 : 0) + (tooMany ? 1 : 0);
        }

        int softFailures() {
            return unstable ? 1 : 0;
        }

        boolean meetsAll() {
            return hardFailures() + softFailures() == 0;
        }

        /// "two segments hold under 3% of customers and its segments are not stable (...)".
        String failures(SweepOptions limits) {
            List<String> reasons = new ArrayList<>();
            if (tooMany) {
                reasons.add(k() + " segments are more than the " + limits.maxSegments() + " the team can act on");
            }
            if (under > 0) {
                reasons.add(count(under) + (under == 1 ? " segment holds" : " segments hold") + " under "
                        + percent(limits.minSegmentShare()) + " of customers");
            }
            if (unstable) {
                reasons.add(String.format(Locale.ROOT, "its segments are not stable (mean Jaccard %.2f, under %.2f)",
                        score.stability(), SegmentStability.STABLE_AT));
            }
            return reasons.isEmpty() ? "it meets every limit" : String.join(" and ", reasons);
        }
    }
}
