package io.personae.analytics.personas;

/// What makes a segment worth acting on, after the classic segmentation criteria.
public enum Criterion {
    /// Large enough, in customers and revenue, to be worth a campaign of its own.
    SUBSTANTIAL("Substantial"),
    /// Its customers can be reached: a valid email and, where recorded, consent.
    CONTACTABLE("Contactable"),
    /// Different enough from the nearest other segment to warrant a different message.
    DIFFERENTIABLE("Differentiable"),
    /// Has an action assigned.
    ACTIONABLE("Actionable");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
