package io.personae.analytics.segmentation;

/// How one feature is put on a common scale before segmenting.
public enum Scaling {
    /// The default: log for skewed kinds (money, counts), then standardise.
    AUTO("Automatic"),
    /// Subtract the mean, divide by the standard deviation.
    STANDARDISE("Standardise"),
    /// Subtract the median, divide by the interquartile range: outliers pull less.
    ROBUST("Robust (median, IQR)"),
    /// Sign-preserving log1p, then standardise: for skewed money columns.
    LOG("Log, then standardise"),
    /// Replace values by their rank scaled to 0..1: only order matters.
    RANK("Rank");

    private final String label;

    Scaling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
