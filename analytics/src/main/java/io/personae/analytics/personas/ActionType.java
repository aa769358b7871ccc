package io.personae.analytics.personas;

/// What to do with a customer, from the value-potential grid (see [StrategyPlanner]).
///
/// decision: a small fixed vocabulary, the classic customer-portfolio moves, so rules, counts
/// and exports speak one language; the words users see are editable ([ActionVocabulary]).
public enum ActionType {
    /// Keep a valuable customer happy: service, recognition, no discounts needed.
    RETAIN("Retain"),
    /// Sell more of the range to a valuable customer who keeps buying.
    GROW("Grow (cross-sell)"),
    /// Move an active low spender up a value tier.
    UPGRADE("Upgrade"),
    /// Bring back a customer who is drifting away.
    WIN_BACK("Win back"),
    /// Build the relationship with a new or occasional customer.
    NURTURE("Nurture"),
    /// Keep in touch cheaply (newsletter only).
    MAINTAIN("Maintain at low cost");

    private final String defaultLabel;

    ActionType(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }

    /// The plain words shown unless the user chose others.
    public String defaultLabel() {
        return defaultLabel;
    }
}
