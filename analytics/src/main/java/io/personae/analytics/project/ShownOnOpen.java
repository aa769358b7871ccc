package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaBuilder;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.PersonaTexts;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// What a project shows when it opens a workspace: the stored customers, the import they came
/// from and the latest run, its personas named, described and annotated as the user left them.
final class ShownOnOpen {

    private ShownOnOpen() {
    }

    /// Shows what `workspace` holds; the analysis of the stored run is left in `analyses`.
    static void load(Workspace workspace, ShownData shown, AnalysisCache analyses) throws WorkspaceException {
        CustomerTable customers = workspace.loadCustomers().orElse(null);
        shown.showImport(customers, workspace.lastImport().orElse(null));
        if (customers != null) {
            Optional<SegmentationResult> stored = workspace.loadLatestSegmentation();
            if (stored.isPresent()) {
                List<Persona> restored = PersonaBuilder.restore(customers, stored.get(), workspace.latestPersonaNames());
                shown.showSegmentation(new Segmentation(stored.get(), described(analyses, customers, stored.get(),
                        restored, workspace.personaEdits())));
            }
        }
    }

    /// A stored run's personas with the user's edits and generated descriptions; as restored
    /// when the table can no longer be scaled as the run was (the profiles need it).
    private static List<Persona> described(AnalysisCache analyses, CustomerTable table, SegmentationResult result,
            List<Persona> restored, Map<Integer, PersonaEdit> edits) {
        try {
            return PersonaTexts.apply(restored, analyses.of(table, result).profiles(), result.identities(), edits);
        } catch (SegmentationException e) {
            return restored;
        }
    }
}
