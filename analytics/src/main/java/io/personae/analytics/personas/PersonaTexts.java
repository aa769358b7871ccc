package io.personae.analytics.personas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// Puts the words on a run's personas: the user's edits where the segment's identity has them,
/// generated descriptions elsewhere.
public final class PersonaTexts {

    private PersonaTexts() {}

    /// The personas with descriptions and notes, and with edited names where they keep the
    /// names unique (an edited name another persona of the run already holds is left out: the
    /// generated name stays rather than two personas sharing one).
    ///
    /// @param personas   one per segment, in segment order
    /// @param profiles   the run's profiles, in segment order
    /// @param identities the run's segment identities
    /// @param edits      the stored edits by identity; only those of segments carried over from
    ///                   the run they were made on may be passed (a new segment is not the one edited)
    public static List<Persona> apply(List<Persona> personas, List<PersonaProfile> profiles, int[] identities,
            Map<Integer, PersonaEdit> edits) {
        if (personas.size() != profiles.size() || personas.size() != identities.length) {
            throw new IllegalArgumentException("One persona, profile and identity is needed per segment");
        }
        Set<String> taken = new HashSet<>();
        for (int s = 0; s < personas.size(); s++) {
            PersonaEdit edit = edits.get(identities[s]);
            if (edit == null || edit.name() == null) {
                taken.add(key(personas.get(s).name()));
            }
        }
        List<Persona> described = new ArrayList<>(personas.size());
        for (int s = 0; s < personas.size(); s++) {
            Persona persona = personas.get(s);
            PersonaEdit edit = edits.getOrDefault(identities[s], PersonaEdit.none(identities[s]));
            if (edit.name() != null && taken.add(key(edit.name()))) {
                persona = persona.withName(edit.name());
            }
            PersonaProfile profile = profiles.get(s);
            String description = edit.editedDescription().orElseGet(() -> PersonaDescriber.describe(profile));
            described.add(persona.withDescription(description).withNotes(edit.notes()));
        }
        return List.copyOf(described);
    }

    /// Names compare ignoring case, as users find personas by name ignoring case.
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
