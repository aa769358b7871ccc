package io.personae.analytics.personas;

import java.util.List;

/// A segment described for people: who they are, how many, what they are worth.
///
/// @param segment       the segment's index in its [io.personae.analytics.segmentation.SegmentationResult];
///                      users see `result.number(segment)`, which stays put across re-runs
/// @param name          short plain-language name from what sets the segment apart, unique within a run
/// @param size          customers in the segment
/// @param customerShare share of all customers in the table (those left out of the run included), 0..1
/// @param revenueShare  share of total spend, 0..1, or NaN when the data has no spend column
/// @param profile       each feature's segment mean against the overall mean
public record Persona(
        int segment,
        String name,
        int size,
        double customerShare,
        double revenueShare,
        List<FeatureProfile> profile) {

    public Persona {
        profile = List.copyOf(profile);
    }

    public boolean hasRevenue() {
        return !Double.isNaN(revenueShare);
    }
}
