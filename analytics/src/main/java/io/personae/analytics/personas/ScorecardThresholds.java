package io.personae.analytics.personas;

/// Where the scorecard's lights change.
///
/// @param greenCustomerShare     share of customers from which a segment is substantial (default 5%)
/// @param amberCustomerShare     share below which it is not (default 3%); between the two, amber
/// @param minRevenueShare        a segment with a green customer share but a smaller share of revenue
///                               than this is amber (default 1%); a red one with at least
///                               `greenCustomerShare` of revenue is amber: few customers, but they count
/// @param greenContactable       share of reachable customers for green (default 80%)
/// @param amberContactable       share below which contactable is red (default 50%)
/// @param greenSeparation        separation from the nearest segment for green (default 0.6)
/// @param amberSeparation        separation below which it is red and a merge is suggested (default 0.4)
public record ScorecardThresholds(double greenCustomerShare, double amberCustomerShare, double minRevenueShare,
        double greenContactable, double amberContactable, double greenSeparation, double amberSeparation) {

    /// decision: 5% and 3% of customers: below a few percent a segment rarely pays for its own
    /// creative. Separations: one round cloud of customers cut in two by too large a k gives
    /// halves whose centres lie 1.6 sd apart along one axis, each with a spread of
    /// sqrt(d - 0.64) sd, so about 0.37 in five dimensions: red. On the sample shop every
    /// segment from k = 5 to 12 sits 0.6 or more from its nearest: green.
    public static final ScorecardThresholds DEFAULTS = new ScorecardThresholds(0.05, 0.03, 0.01, 0.8, 0.5, 0.6, 0.4);

    public ScorecardThresholds {
        share(greenCustomerShare, "greenCustomerShare");
        share(amberCustomerShare, "amberCustomerShare");
        share(minRevenueShare, "minRevenueShare");
        share(greenContactable, "greenContactable");
        share(amberContactable, "amberContactable");
        if (amberCustomerShare > greenCustomerShare || amberContactable > greenContactable) {
            throw new IllegalArgumentException("An amber bound cannot lie above its green bound");
        }
        if (!(amberSeparation >= 0 && greenSeparation >= amberSeparation && Double.isFinite(greenSeparation))) {
            throw new IllegalArgumentException("Separations are finite, not negative, amber at most green");
        }
    }

    private static void share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is a share between 0 and 1, not " + value);
        }
    }
}
