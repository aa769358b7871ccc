package io.personae.analytics.personas;

import java.util.List;

/// The actionability scorecard of a run.
///
/// @param segments   one score per segment, in segment order
/// @param warnings   one sentence per red check, in segment order, then one per merge suggestion
/// @param merges     pairs of near-twin segments, closest first
/// @param thresholds the thresholds the lights were given by
public record Scorecard(List<SegmentScore> segments, List<String> warnings, List<MergeSuggestion> merges,
        ScorecardThresholds thresholds) {

    public Scorecard {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
        merges = List.copyOf(merges);
    }

    public SegmentScore segment(int s) {
        return segments.get(s);
    }
}
