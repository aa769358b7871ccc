package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.List;
import java.util.Objects;

/// Profiles, customer strategy and scorecard of one run, computed together because they share
/// the expensive parts (the scaled customers, the centres and spreads of the segments).
///
/// @param result    the run analysed
/// @param profiles  one per segment, in segment order
/// @param strategy  every customer's place on the grid and actions
/// @param scorecard the actionability scorecard
public record PersonaAnalysis(SegmentationResult result, List<PersonaProfile> profiles, CustomerStrategy strategy,
        Scorecard scorecard) {

    public PersonaAnalysis {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(scorecard, "scorecard");
        profiles = List.copyOf(profiles);
        if (profiles.size() != result.k() || scorecard.segments().size() != result.k()) {
            throw new IllegalArgumentException("One profile and one score are needed per segment");
        }
    }

    /// Analyses `result`, a run on `table`: a pure function of the two, the thresholds and the
    /// words for actions.
    ///
    /// @throws SegmentationException   when the table can no longer be scaled as the run was
    /// @throws IllegalArgumentException when the run was made from a table of another size
    public static PersonaAnalysis of(CustomerTable table, SegmentationResult result, ScorecardThresholds thresholds,
            ActionVocabulary vocabulary) throws SegmentationException {
        PersonaProfiler.checkSameCustomers(table, result);
        SegmentGeometry geometry = SegmentGeometry.of(table, result);
        List<PersonaProfile> profiles = PersonaProfiler.profile(table, result, geometry);
        CustomerStrategy strategy = StrategyPlanner.plan(table, result);
        Scorecard scorecard = ScorecardBuilder.score(table, result, profiles, strategy, geometry, thresholds, vocabulary);
        return new PersonaAnalysis(result, profiles, strategy, scorecard);
    }
}
