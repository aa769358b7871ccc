package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.ScorecardThresholds;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;

/// The persona analysis (profiles, scorecard, customer strategy; see [PersonaAnalysis]) of the
/// run last described, shown or previewed, reused while it is the same run: the persona screens,
/// the descriptions, the report and the exports all ask for it, often in a row.
final class AnalysisCache {

    private final Workspace workspace;
    private final ShownData shown;
    /// The analysis of the run last described (shown or previewed), reused while it is the same run.
    private volatile PersonaAnalysis analysis;

    AnalysisCache(Workspace workspace, ShownData shown) {
        this.workspace = workspace;
        this.shown = shown;
    }

    /// The analysis of the latest segmentation of the customers shown.
    PersonaAnalysis current() throws SegmentationException {
        CustomerTable table = shown.customers();
        Segmentation current = shown.segmentation();
        if (table == null || current == null) {
            throw new SegmentationException("There are no segments yet: segment the customers first.");
        }
        return of(table, current.result());
    }

    /// The analysis of `result`, computed once per run.
    PersonaAnalysis of(CustomerTable table, SegmentationResult result) throws SegmentationException {
        PersonaAnalysis known = analysis;
        if (known != null && known.result() == result) {
            return known;
        }
        ActionVocabulary vocabulary;
        try {
            vocabulary = workspace.actionVocabulary();
        } catch (WorkspaceException e) {
            throw new SegmentationException("The action labels could not be read: " + e.getMessage());
        }
        PersonaAnalysis fresh = PersonaAnalysis.of(table, result, ScorecardThresholds.DEFAULTS, vocabulary);
        analysis = fresh;
        return fresh;
    }

    /// The customer strategy of `result`: the analysis's when it is of that run, otherwise planned
    /// on its own, without the profiles and scorecard an export does not need.
    CustomerStrategy strategy(CustomerTable table, SegmentationResult result) {
        PersonaAnalysis known = analysis;
        return known != null && known.result() == result ? known.strategy() : StrategyPlanner.plan(table, result);
    }

    /// Drops the analysis: the data it was of is gone, or the action labels it uses changed.
    void forget() {
        analysis = null;
    }
}
