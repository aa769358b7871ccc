package io.personae.analytics.features;

/// What a feature measures, which decides how segmentation scales it and how personas word it.
public enum FeatureKind {
    /// Money (spend, order value, income): usually right-skewed, so log-transformed before scaling.
    MONEY,
    /// A count of events (orders): also skewed, also log-transformed.
    COUNT,
    /// A number of days (recency, tenure).
    DAYS,
    /// Any other number (age, a score).
    NUMBER;

    /// Whether segmentation should apply `log1p` before standardising.
    public boolean isSkewed() {
        return this == MONEY || this == COUNT;
    }
}
