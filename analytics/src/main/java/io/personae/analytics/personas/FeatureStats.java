package io.personae.analytics.personas;

import io.personae.analytics.features.FeatureKind;
import java.util.Objects;

/// One feature of a segment against the whole customer base, on the original values.
///
/// @param feature       the feature's name
/// @param kind          what it measures, which decides how descriptions word it
/// @param segmentMedian median over the segment's customers; NaN when none has a value
/// @param overallMedian median over every customer in the table
/// @param segmentMean   mean over the segment's customers
/// @param overallMean   mean over every customer in the table
/// @param effectSize    Cohen's d of the segment against the rest of the customers (see
///                      [FeatureMoments#cohensD]); NaN when it cannot be told (no spread, too few customers)
public record FeatureStats(String feature, FeatureKind kind, double segmentMedian, double overallMedian,
        double segmentMean, double overallMean, double effectSize) {

    public FeatureStats {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(kind, "kind");
    }

    /// How many times the overall mean the segment's mean is (1.0 = average); NaN when the
    /// overall mean is zero or unknown.
    public double lift() {
        return overallMean == 0 || Double.isNaN(overallMean) ? Double.NaN : segmentMean / overallMean;
    }

    /// The size of the effect whatever its direction, NaN counted as none, for ranking.
    double strength() {
        return Double.isNaN(effectSize) ? 0 : Math.abs(effectSize);
    }
}
