package io.personae.app.personas;

import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.CategoryMakeup;
import io.personae.analytics.personas.CategoryShare;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.RelationshipTagger;
import io.personae.app.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// How the persona screens word a profile's figures, so the board, the compare view and the
/// presentation say the same thing the same way.
final class PersonaWords {

    /// decision: three key figures, as many as a room takes in at a glance
    static final int KEY_FIGURES = 3;

    private PersonaWords() {
    }

    /// The features that most set the segment apart, as "Monetary value: 1,234 vs 310 · 4.0×".
    static List<String> keyFigures(PersonaProfile profile) {
        return profile.distinguishing().stream().limit(KEY_FIGURES).map(PersonaWords::figure).toList();
    }

    /// "Monetary value: 1,234 vs 310 · 4.0×": the segment's mean, everybody's and the lift.
    static String figure(FeatureStats stats) {
        String lift = Formats.lift(stats.lift());
        return stats.feature() + ": " + Formats.number(stats.segmentMean()) + " vs " + Formats.number(stats.overallMean())
                + (lift.isEmpty() ? "" : " · " + lift);
    }

    /// "median 23 · mean 31 · 0.40×" for the compare view.
    static String medianMeanLift(FeatureStats stats) {
        String lift = Formats.lift(stats.lift());
        return "median " + Formats.number(stats.segmentMedian()) + " · mean " + Formats.number(stats.segmentMean())
                + (lift.isEmpty() ? "" : " · " + lift);
    }

    /// "812 customers · 16.3%"
    static String size(PersonaProfile profile) {
        return Formats.count(profile.size()) + " customers · " + Formats.percent(profile.customerShare());
    }

    /// "41.2% of revenue", with profit when known; "" when the data has no spend.
    static String revenue(PersonaProfile profile) {
        if (!profile.hasRevenue()) {
            return "";
        }
        String revenue = Formats.percent(profile.revenueShare()) + " of revenue";
        return profile.hasProfit() ? revenue + " · " + Formats.percent(profile.profitShare()) + " of profit" : revenue;
    }

    /// The segment's three most common values of `makeup`: "Germany 45% (1.3×), France 20% (0.8×)".
    static String topValues(CategoryMakeup makeup) {
        List<String> parts = new ArrayList<>();
        for (CategoryShare share : makeup.top(KEY_FIGURES)) {
            String lift = Formats.lift(share.lift());
            parts.add(share.value() + " " + Formats.percent(share.segmentShare()) + (lift.isEmpty() ? "" : " (" + lift + ")"));
        }
        return String.join(", ", parts);
    }

    /// "Retain · 62% of its customers", or "No action: no spend to plan from".
    static String action(ShownAnalysis analysis, int s) {
        Optional<ActionType> action = analysis.strategy().segmentAction(s);
        if (action.isEmpty()) {
            return "No action yet: the data has no spend to plan from";
        }
        int size = analysis.profiles().get(s).size();
        int count = analysis.strategy().count(s, action.get());
        String share = size == 0 ? "" : " · " + Formats.percent((double) count / size) + " of its customers";
        return analysis.action(action.get()) + share;
    }

    /// The segment's actions by how many of its customers have each as primary action:
    /// "Retain 62%, Grow (cross-sell) 30%".
    static String actionMix(ShownAnalysis analysis, int s) {
        int size = analysis.profiles().get(s).size();
        List<String> parts = new ArrayList<>();
        List<ActionType> byCount = new ArrayList<>(List.of(ActionType.values()));
        byCount.sort((a, b) -> Integer.compare(analysis.strategy().count(s, b), analysis.strategy().count(s, a)));
        for (ActionType action : byCount) {
            int count = analysis.strategy().count(s, action);
            if (count > 0 && size > 0) {
                parts.add(analysis.action(action) + " " + Formats.percent((double) count / size));
            }
        }
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }

    /// "Relational: 42% of its customers (all: 35%)", beside the segment; "" when the data has no
    /// order history to tell from.
    static String relationship(ShownAnalysis analysis, int s) {
        return analysis.relationshipsIfAny().map(tags -> {
            double share = tags.share(s);
            return Double.isNaN(share) ? "" : "Relational: " + Formats.percent(share) + " of its customers (all: "
                    + Formats.percent(tags.baseShare()) + ")";
        }).orElse("");
    }

    /// How the relationship overlay tags customers, for a tooltip; "" without an order history.
    static String relationshipRule(ShownAnalysis analysis) {
        String repeat = RelationshipTagger.REPEAT_ORDERS + "+ orders";
        String lasting = RelationshipTagger.LASTING_DAYS + "+ days between first and latest order";
        return analysis.relationshipsIfAny().map(tags -> tags.channel()
                .map(column -> "Relational: at least two of " + repeat + ", " + lasting + ", a usual " + column
                        + " that knows them by name (store, phone, sales rep…).")
                .orElse("Relational: " + repeat + " and " + lasting + ".") + " The others are transactional.").orElse("");
    }
}
