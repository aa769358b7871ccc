package io.personae.analytics.exporter;

import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Check;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.Segmentation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// What the persona report shows, gathered once for the HTML and the PDF so both say the same.
///
/// @param title    the report's heading, after the workspace's name
/// @param created  when the report was made
/// @param personas one section per segment, in segment order
/// @param features the features of the heat map, in the table's order
/// @param lift     `lift[s][f]`: segment `s`'s mean of feature `f` over the overall mean; NaN when unknown
/// @param actions  the action labels, in [ActionType] order
/// @param counts   `counts[s][a]`: customers of segment `s` whose primary action is `a`
record ReportModel(String title, Instant created, List<Section> personas, List<String> features, double[][] lift,
        List<String> actions, int[][] counts) {

    /// How many features each persona lists as setting it apart.
    static final int DISTINGUISHING = 4;

    /// One persona.
    ///
    /// @param label    "3 Loyal big spenders": number and name, as charts label it
    /// @param action   the segment's most common primary action, "" when none
    /// @param checks   the scorecard's lights, in criterion order
    /// @param features the features that most set the segment apart
    record Section(Persona persona, int number, String label, String action, List<Check> checks,
            List<FeatureStats> features) {

        Section {
            Objects.requireNonNull(persona, "persona");
            checks = List.copyOf(checks);
            features = List.copyOf(features);
        }
    }

    ReportModel {
        personas = List.copyOf(personas);
        features = List.copyOf(features);
        actions = List.copyOf(actions);
    }

    static ReportModel of(String title, Instant created, Segmentation segmentation, List<PersonaProfile> profiles,
            Scorecard scorecard, CustomerStrategy strategy, ActionVocabulary vocabulary) {
        int k = segmentation.result().k();
        if (profiles.size() != k || scorecard.segments().size() != k) {
            throw new IllegalArgumentException("One profile and one score are needed per segment");
        }
        List<String> features = profiles.isEmpty() ? List.of()
                : profiles.getFirst().features().stream().map(FeatureStats::feature).toList();
        double[][] lift = new double[k][features.size()];
        List<Section> sections = new ArrayList<>();
        ActionType[] types = ActionType.values();
        int[][] counts = new int[k][types.length];
        for (Persona persona : segmentation.personas()) {
            int s = persona.segment();
            PersonaProfile profile = profiles.get(s);
            for (int f = 0; f < features.size(); f++) {
                lift[s][f] = profile.features().get(f).lift();
            }
            for (ActionType type : types) {
                counts[s][type.ordinal()] = strategy.count(s, type);
            }
            int number = segmentation.number(persona);
            String action = strategy.segmentAction(s).map(vocabulary::label).orElse("");
            List<FeatureStats> distinguishing = profile.distinguishing().stream().limit(DISTINGUISHING).toList();
            sections.add(new Section(persona, number, number + " " + persona.name(), action,
                    scorecard.segment(s).checks(), distinguishing));
        }
        List<String> actions = new ArrayList<>();
        for (ActionType type : types) {
            actions.add(vocabulary.label(type));
        }
        return new ReportModel(title, created, sections, features, lift, actions, counts);
    }
}
