package io.personae.analytics.importer;

import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.util.ArrayList;
import java.util.List;

/// Guesses what a numeric column of a customer file measures from its name, which decides
/// how segmentation scales it and how personas word it.
final class FeatureKinds {

    private static final String[] SCORE_WORDS = {"score", "rating", "rank", "index", "percent", "ratio"};
    private static final String[] DAY_WORDS = {"days", "recency", "tenure", "dayssince", "tage"};
    private static final String[] MONEY_WORDS = {
        "income", "spend", "spent", "revenue", "amount", "sales", "value", "monetary", "price", "cost", "mnt",
        "$", "€", "£", "umsatz", "betrag", "einkommen", "montant", "revenu", "ingreso", "importe", "gasto",
    };
    private static final String[] COUNT_WORDS = {"orders", "purchases", "visits", "count", "num", "frequency", "transactions", "anzahl", "bestellung", "kaufe", "commandes", "achats", "pedidos", "compras"};
    private static final String[] REVENUE_WORDS = {"spend", "spent", "revenue", "sales", "monetary", "umsatz"};

    private FeatureKinds() {
    }

    /// One feature per column name; the first money column named like spend, revenue or sales
    /// is marked as the revenue column.
    static List<Feature> features(List<String> names) {
        List<Feature> features = new ArrayList<>(names.size());
        boolean revenueFound = false;
        for (String name : names) {
            FeatureKind kind = kindOf(name);
            boolean revenue = !revenueFound && kind == FeatureKind.MONEY && containsAny(Headers.normalise(name), REVENUE_WORDS);
            revenueFound |= revenue;
            features.add(new Feature(name, kind, revenue));
        }
        return features;
    }

    /// decision: scores are checked first ("Spending Score (1-100)" is a score, not money), then
    /// days, money and counts ("NumWebPurchases" is a count, "MntWines" money).
    static FeatureKind kindOf(String name) {
        String key = Headers.normalise(name);
        if (containsAny(key, SCORE_WORDS)) {
            return FeatureKind.NUMBER;
        }
        if (containsAny(key, DAY_WORDS)) {
            return FeatureKind.DAYS;
        }
        if (containsAny(key, MONEY_WORDS)) {
            return FeatureKind.MONEY;
        }
        if (containsAny(key, COUNT_WORDS)) {
            return FeatureKind.COUNT;
        }
        return FeatureKind.NUMBER;
    }

    private static boolean containsAny(String key, String[] words) {
        for (String word : words) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
