package io.personae.analytics.exporter;

import java.util.Locale;

/// The smallest lift in a conversion rate that a comparison of two groups of these sizes would
/// find: a two-sided two-proportion z-test at significance 0.05 with power 0.8.
///
/// decision: the classic sample-size formula solved for the second rate, not a rule of thumb, so
/// the hint under an A/B export is honest about small segments ("you can detect 2.0% to 4.1%"
/// tells an owner that a subtle subject-line test on 900 customers is pointless).
///
/// @param firstSize  customers in the first group (a variant)
/// @param secondSize customers in the second group (another variant, or the holdout)
/// @param baseline   the conversion rate expected without the change, 0..1
/// @param detectable the smallest higher rate the test would detect; NaN when even 100% would not be
public record DetectableEffect(int firstSize, int secondSize, double baseline, double detectable) {

    /// The baseline used when none is given: 2%, a common email-to-order rate.
    public static final double DEFAULT_BASELINE = 0.02;
    /// z for a two-sided 5% significance level.
    static final double Z_ALPHA = 1.959963984540054;
    /// z for 80% power.
    static final double Z_BETA = 0.8416212335729143;

    public DetectableEffect {
        if (firstSize < 0 || secondSize < 0 || !(baseline > 0 && baseline < 1)) {
            throw new IllegalArgumentException("Group sizes must not be negative and the baseline rate must lie between 0 and 1");
        }
    }

    /// The detectable rate for groups of `n1` and `n2` at `baseline`.
    public static DetectableEffect between(int n1, int n2, double baseline) {
        if (n1 == 0 || n2 == 0) {
            return new DetectableEffect(n1, n2, baseline, Double.NaN);
        }
        if (shortfall(1 - 1e-9, baseline, n1, n2) < 0) {
            return new DetectableEffect(n1, n2, baseline, Double.NaN);
        }
        double low = baseline;
        double high = 1 - 1e-9;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (shortfall(mid, baseline, n1, n2) < 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return new DetectableEffect(n1, n2, baseline, high);
    }

    /// The difference `p2 - p1` minus what the test needs to see it: negative while too small.
    private static double shortfall(double p2, double p1, int n1, int n2) {
        double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
        double null0 = Z_ALPHA * Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double alternative = Z_BETA * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return p2 - p1 - null0 - alternative;
    }

    public boolean isDetectable() {
        return !Double.isNaN(detectable);
    }

    /// "With 4,500 per variant you can detect a lift from 2.0% to 2.6%."
    public String describe(String comparison) {
        String sizes = firstSize == secondSize ? String.format(Locale.ROOT, "%,d per %s", firstSize, comparison)
                : String.format(Locale.ROOT, "%,d and %,d in the %s", firstSize, secondSize, comparison);
        if (!isDetectable()) {
            return "With " + sizes + " no lift from " + percent(baseline) + " could be told from chance; use larger groups.";
        }
        return "With " + sizes + " you can detect a lift from " + percent(baseline) + " to " + percent(detectable) + ".";
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
