package io.personae.analytics.personas;

/// A customer's expected spend over the coming [#HORIZON_DAYS] days, from recency, frequency,
/// tenure and average order value: a simple, explainable stand-in for BG/NBD.
///
/// `potential = E × average order value`, with `E = H · λ · exp(−λ · R)`, where
///
/// - `H` is the horizon, 90 days;
/// - `λ` is the customer's purchase rate, `(F − 1) / T` repeat orders per day of tenure `T`
///   (days since the first order); a one-off customer (F ≤ 1) has shown no rate of their own and
///   gets the base's pooled rate `λ0 = Σ(F − 1) / ΣT`;
/// - `exp(−λ · R)` is the chance the customer is still active after `R` days of silence when
///   gaps between orders are about `1 / λ` days: silence much longer than the usual gap means
///   the customer has probably gone.
///
/// Limits (see docs/decisions/0009-customer-potential.md): no seasonality, no spend trend, one
/// pooled rate for every one-off customer, and the horizon is fixed; it ranks customers well
/// enough to split them at the median, which is all the grid asks of it.
final class CustomerPotential {

    static final double HORIZON_DAYS = 90;

    private CustomerPotential() {}

    /// The pooled repeat rate `Σ(F − 1) / ΣT` over customers with both figures; NaN when there is
    /// no tenure at all.
    static double pooledRate(double[] frequency, double[] tenure) {
        double repeats = 0;
        double days = 0;
        for (int i = 0; i < frequency.length; i++) {
            double f = frequency[i];
            double t = tenure[i];
            if (!Double.isNaN(f) && !Double.isNaN(t) && t > 0) {
                repeats += Math.max(0, f - 1);
                days += t;
            }
        }
        return days == 0 ? Double.NaN : repeats / days;
    }

    /// Expected purchases in the horizon; NaN when a figure is missing.
    static double expectedPurchases(double recency, double frequency, double tenure, double pooledRate) {
        if (Double.isNaN(recency) || Double.isNaN(frequency) || Double.isNaN(tenure)) {
            return Double.NaN;
        }
        double rate = frequency > 1 && tenure > 0 ? (frequency - 1) / tenure : pooledRate;
        if (Double.isNaN(rate)) {
            return Double.NaN;
        }
        return HORIZON_DAYS * rate * Math.exp(-rate * Math.max(0, recency));
    }

    /// Expected spend in the horizon; NaN when a figure is missing.
    static double potential(double recency, double frequency, double tenure, double averageOrder, double pooledRate) {
        return expectedPurchases(recency, frequency, tenure, pooledRate) * averageOrder;
    }
}
