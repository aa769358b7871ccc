package io.personae.analytics.project;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaDescriber;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.util.ArrayList;
import java.util.List;

/// The user's own words on the latest segmentation: persona names, descriptions and notes, kept
/// by segment identity so they survive re-runs that find the segment again, and the labels of
/// the actions. Each change is stored at once (after any import still being saved) and shown.
/// Call each method holding the project's lock.
final class PersonaEditor {

    private final Workspace workspace;
    private final ShownData shown;
    private final AnalysisCache analyses;
    private final BackgroundImports imports;

    PersonaEditor(Workspace workspace, ShownData shown, AnalysisCache analyses, BackgroundImports imports) {
        this.workspace = workspace;
        this.shown = shown;
        this.analyses = analyses;
        this.imports = imports;
    }

    /// Stores the labels; the analysis is dropped, since its scorecard and strategy use them.
    void setActionVocabulary(ActionVocabulary vocabulary) throws WorkspaceException {
        workspace.saveActionVocabulary(vocabulary);
        analyses.forget();
    }

    Segmentation rename(int identity, String name) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withName(name);
        for (Persona other : current.personas()) {
            if (other.segment() != s && other.name().strip().equalsIgnoreCase(edit.name())) {
                throw new IllegalArgumentException("Segment " + current.number(other) + " is already called '"
                        + other.name() + "'; choose another name.");
            }
        }
        imports.savePersonaEdit(edit);
        return replacePersona(current, s, current.personas().get(s).withName(edit.name()));
    }

    /// A blank `description` brings back the generated one.
    Segmentation describe(int identity, String description) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withDescription(description == null || description.isBlank() ? null : description);
        imports.savePersonaEdit(edit);
        String text = edit.editedDescription().orElseGet(() -> generatedDescription(current, s));
        return replacePersona(current, s, current.personas().get(s).withDescription(text));
    }

    Segmentation note(int identity, String notes) throws WorkspaceException {
        Segmentation current = requireSegmentation();
        int s = segmentOf(current, identity);
        PersonaEdit edit = storedEdit(identity).withNotes(notes);
        imports.savePersonaEdit(edit);
        return replacePersona(current, s, current.personas().get(s).withNotes(edit.notes()));
    }

    private Segmentation requireSegmentation() {
        Segmentation current = shown.segmentation();
        if (current == null) {
            throw new IllegalArgumentException("There are no personas yet: segment the customers first.");
        }
        return current;
    }

    private static int segmentOf(Segmentation current, int identity) {
        int[] identities = current.result().identities();
        for (int s = 0; s < identities.length; s++) {
            if (identities[s] == identity) {
                return s;
            }
        }
        throw new IllegalArgumentException("There is no segment " + (identity + 1) + " in the latest segmentation.");
    }

    private PersonaEdit storedEdit(int identity) throws WorkspaceException {
        return imports.personaEdits().getOrDefault(identity, PersonaEdit.none(identity));
    }

    private String generatedDescription(Segmentation current, int s) {
        try {
            return PersonaDescriber.describe(analyses.of(shown.customers(), current.result()).profiles().get(s));
        } catch (SegmentationException e) {
            return "";
        }
    }

    private Segmentation replacePersona(Segmentation current, int s, Persona persona) {
        List<Persona> personas = new ArrayList<>(current.personas());
        personas.set(s, persona);
        Segmentation updated = new Segmentation(current.result(), personas);
        shown.showSegmentation(updated);
        return updated;
    }
}
