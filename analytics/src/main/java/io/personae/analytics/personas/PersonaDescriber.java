package io.personae.analytics.personas;

import io.personae.analytics.features.TransactionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// Two plain sentences about a segment with concrete figures: what its customers do, then what
/// they are worth against how many they are. "They last bought 3 weeks ago, place 4.2 orders on
/// average and spend 4.2x the average customer. They are 12.0% of customers and bring 31.0% of
/// revenue."
///
/// decision: medians for recency (a few long-lapsed customers would drag a mean of days far
/// from the typical one), means for orders and lifts, which are what "x times the average" means.
public final class PersonaDescriber {

    /// Features worded in the first sentence of data without order history.
    static final int FEATURES_WORDED = 2;

    private PersonaDescriber() {}

    public static String describe(PersonaProfile profile) {
        return behaviour(profile) + " " + worth(profile);
    }

    /// What they do: from recency, frequency and spend when the data has orders, otherwise from
    /// the two features that most set the segment apart.
    static String behaviour(PersonaProfile profile) {
        List<String> parts = new ArrayList<>();
        profile.feature(TransactionFeatures.RECENCY).filter(f -> !Double.isNaN(f.segmentMedian()))
                .ifPresent(f -> parts.add("last bought " + ago(f.segmentMedian())));
        profile.feature(TransactionFeatures.FREQUENCY).filter(f -> !Double.isNaN(f.segmentMean()))
                .ifPresent(f -> parts.add(orders(f.segmentMean())));
        Optional<FeatureStats> spend = profile.feature(TransactionFeatures.MONETARY);
        spend.filter(f -> !Double.isNaN(f.lift()))
                .ifPresent(f -> parts.add("spend " + times(f.lift()) + " the average customer"));
        if (parts.isEmpty()) {
            for (FeatureStats f : profile.distinguishing()) {
                if (parts.size() == FEATURES_WORDED) {
                    break;
                }
                if (!Double.isNaN(f.lift())) {
                    parts.add((parts.isEmpty() ? "their " : "") + PersonaNamer.plain(f.feature()) + " is "
                            + times(f.lift()) + " the average");
                }
            }
        }
        if (parts.isEmpty()) {
            return "They look like the customer base as a whole.";
        }
        boolean their = parts.getFirst().startsWith("their ");
        String sentence = join(parts);
        return (their ? capitalise(sentence) : "They " + sentence) + ".";
    }

    /// What they are worth: share of revenue (and profit) against share of customers.
    static String worth(PersonaProfile profile) {
        String customers = "They are " + ScorecardBuilder.percent(profile.customerShare()) + " of customers";
        if (!profile.hasRevenue()) {
            return customers + ".";
        }
        String profit = profile.hasProfit() ? " and " + ScorecardBuilder.percent(profile.profitShare()) + " of profit" : "";
        return customers + " and bring " + ScorecardBuilder.percent(profile.revenueShare()) + " of revenue" + profit + ".";
    }

    /// "4 days ago", "3 weeks ago", "5 months ago".
    static String ago(double days) {
        long d = Math.round(days);
        if (d < 14) {
            return d == 1 ? "1 day ago" : d + " days ago";
        }
        if (d < 90) {
            return Math.round(days / 7) + " weeks ago";
        }
        long months = Math.round(days / 30.44);
        return months < 24 ? months + " months ago" : Math.round(days / 365.25) + " years ago";
    }

    private static String orders(double mean) {
        if (Math.abs(mean - 1) < 0.05) {
            return "place a single order";
        }
        return "place " + String.format(Locale.ROOT, "%.1f", mean) + " orders on average";
    }

    private static String times(double lift) {
        return String.format(Locale.ROOT, "%.1fx", lift);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
