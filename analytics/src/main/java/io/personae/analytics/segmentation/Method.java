package io.personae.analytics.segmentation;

/// The ways Personae can split customers into segments.
public enum Method {
    /// k-means with k-means++ seeding and restarts: the default, fast on any size.
    KMEANS("k-means"),
    /// Gaussian mixture: soft, elliptical segments; each customer goes to its most likely one.
    GAUSSIAN_MIXTURE("Gaussian mixture"),
    /// Ward hierarchical clustering on a sample, the rest assigned to the nearest segment.
    WARD("Ward hierarchical"),
    /// k-prototypes: numbers and categories together (k-modes when only categories are chosen).
    K_PROTOTYPES("k-prototypes"),
    /// Classic RFM scoring: quintile scores on recency, frequency and monetary value, mapped to
    /// named groups (Champions, Loyal, At risk, Lost...). Needs transaction data; k is not used.
    RFM("RFM scoring");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /// The name users see.
    public String label() {
        return label;
    }
}
