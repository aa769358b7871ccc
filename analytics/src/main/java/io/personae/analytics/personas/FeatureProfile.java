package io.personae.analytics.personas;

/// One feature of a segment against the whole customer base.
///
/// @param feature     the feature's name
/// @param segmentMean mean over the segment's customers
/// @param overallMean mean over all customers
public record FeatureProfile(String feature, double segmentMean, double overallMean) {

    /// How many times the overall mean the segment's mean is (1.0 = average); NaN when the
    /// overall mean is zero.
    public double lift() {
        return overallMean == 0 ? Double.NaN : segmentMean / overallMean;
    }
}
