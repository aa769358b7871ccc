package io.personae.analytics.segmentation.choosing;

import java.util.List;

/// The sweep over k: scores per k and a recommendation in plain words.
///
/// @param scores         one entry per k tried, in increasing k
/// @param bestScoringK   the k the statistics alone prefer
/// @param recommendedK   the k recommended once business limits and stability are respected
/// @param recommendation one or two sentences saying why, e.g. "6 scores best, but two segments
///                       hold under 2% of customers; 4 is recommended."
public record SweepResult(List<KScore> scores, int bestScoringK, int recommendedK, String recommendation) {

    public SweepResult {
        scores = List.copyOf(scores);
    }
}
