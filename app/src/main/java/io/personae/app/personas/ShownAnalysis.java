package io.personae.app.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.RelationshipTagger;
import io.personae.analytics.personas.Relationships;
import io.personae.analytics.personas.RfmGrid;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.Segmentation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/// The segmentation shown with what the persona screens add to it: profiles, scorecard,
/// customer strategy and the words for actions. Segments are addressed by their index in the run
/// (`s`) inside, and by identity (which survives re-runs) towards the rest of the window.
///
/// @param segmentation  the run shown, with the personas' current words
/// @param customers     the customers it segments
/// @param profiles      one per segment, in segment order
/// @param scorecard     the actionability scorecard of the run
/// @param strategy      every customer's place on the value-potential grid and actions
/// @param vocabulary    the words users see for actions
/// @param relationships the relational-or-transactional overlay; `null` without an order history
/// @param rfmGrid       the recency-by-frequency grid; `null` unless the run is RFM scoring
record ShownAnalysis(Segmentation segmentation, CustomerTable customers, List<PersonaProfile> profiles, Scorecard scorecard,
        CustomerStrategy strategy, ActionVocabulary vocabulary, Relationships relationships, RfmGrid rfmGrid) {

    /// The analysis of `segmentation`, with the overlays worked out from it: a pure function of
    /// its arguments, run in the background.
    static ShownAnalysis of(Segmentation segmentation, CustomerTable customers, List<PersonaProfile> profiles,
            Scorecard scorecard, CustomerStrategy strategy, ActionVocabulary vocabulary) {
        return new ShownAnalysis(segmentation, customers, profiles, scorecard, strategy, vocabulary,
                RelationshipTagger.tag(customers, segmentation.result()).orElse(null),
                RfmGrid.of(customers, segmentation.result()).orElse(null));
    }

    ShownAnalysis {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(customers, "customers");
        profiles = List.copyOf(profiles);
        if (profiles.size() != segmentation.result().k() || scorecard.segments().size() != segmentation.result().k()) {
            throw new IllegalArgumentException("One profile and one score are needed per segment");
        }
    }

    /// The same analysis with the personas' words as edited in `edited`, a persona of the same run.
    ShownAnalysis withSegmentation(Segmentation edited) {
        if (edited.result() != segmentation.result()) {
            throw new IllegalArgumentException("Only the words of the same run can change");
        }
        return new ShownAnalysis(edited, customers, profiles, scorecard, strategy, vocabulary, relationships, rfmGrid);
    }

    /// The relationship overlay, when the data has an order history.
    Optional<Relationships> relationshipsIfAny() {
        return Optional.ofNullable(relationships);
    }

    int size() {
        return profiles.size();
    }

    Persona persona(int s) {
        return segmentation.personas().get(s);
    }

    int identity(int s) {
        return segmentation.result().identities()[s];
    }

    /// "Segment 3"
    String number(int s) {
        return "Segment " + segmentation.result().number(s);
    }

    /// "Segment 3 · Loyal high spenders", for choices and chart labels.
    String label(int s) {
        return number(s) + " · " + persona(s).name();
    }

    /// The segment with this identity in the run shown, if it has one.
    OptionalInt segmentOf(int identity) {
        int[] identities = segmentation.result().identities();
        for (int s = 0; s < identities.length; s++) {
            if (identities[s] == identity) {
                return OptionalInt.of(s);
            }
        }
        return OptionalInt.empty();
    }

    /// The label users see for `action`.
    String action(ActionType action) {
        return vocabulary.label(action);
    }
}
