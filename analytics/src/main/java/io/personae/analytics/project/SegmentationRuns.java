package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaBuilder;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.personas.PersonaProfiler;
import io.personae.analytics.personas.PersonaTexts;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmScoring;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationInputs;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.segmentation.StabilityCheck;
import io.personae.analytics.segmentation.choosing.KSweep;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import io.personae.analytics.workspace.WorkspaceException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/// Segmentations of the customers shown: previews while the slider moves, the run kept as the
/// workspace's latest (after any import still being saved), and the checks around a run (the k
/// sweep, stability, what it segments on, RFM cut points).
final class SegmentationRuns {

    private final ShownData shown;
    private final BackgroundImports imports;

    SegmentationRuns(ShownData shown, BackgroundImports imports) {
        this.shown = shown;
        this.imports = imports;
    }

    /// Previews a run and keeps it; call holding the project's lock.
    Segmentation segment(SegmentationOptions options, ProgressMonitor progress)
            throws SegmentationException, WorkspaceException {
        Segmentation previous = shown.segmentation();
        Segmentation result = preview(options, progress.stage(0, 0.9));
        progress.checkCancelled();
        imports.saveSegmentation(result, carriedOver(result.result(), previous));
        shown.showSegmentation(result);
        progress.update(1, "Segmented into " + result.result().k() + " segments");
        return result;
    }

    /// A run aligned with the segmentation shown (see [SegmentMatcher]), its personas carrying
    /// the edits of the segments found again.
    Segmentation preview(SegmentationOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = requireCustomers();
        SegmentationResult result = Segmenter.segment(table, options, progress);
        Segmentation before = shown.segmentation();
        if (before != null) {
            result = SegmentMatcher.align(before.result(), result);
        }
        List<Persona> personas = PersonaBuilder.build(table, result, before);
        Map<Integer, PersonaEdit> edits = new HashMap<>();
        try {
            Set<Integer> carried = carriedOver(result, before);
            imports.personaEdits().forEach((identity, edit) -> {
                if (carried.contains(identity)) {
                    edits.put(identity, edit);
                }
            });
        } catch (WorkspaceException e) {
            throw new SegmentationException("The persona names and notes could not be read: " + e.getMessage());
        }
        // decision: only the profiles, which the descriptions need; the scorecard and the customer
        // strategy (a third of the analysis) wait until a screen or an export asks for them
        return new Segmentation(result, PersonaTexts.apply(personas, PersonaProfiler.profile(table, result),
                result.identities(), edits));
    }

    /// Stores `kept` as the latest run and shows it; call holding the project's lock.
    void keep(Segmentation kept) throws WorkspaceException {
        imports.saveSegmentation(kept, carriedOver(kept.result(), shown.segmentation()));
        shown.showSegmentation(kept);
    }

    /// The k sweep with the settings of the run shown, or the defaults without one.
    SweepResult sweep(SweepOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = requireCustomers();
        Segmentation current = shown.segmentation();
        SegmentationOptions base = current != null ? current.result().options()
                : SegmentationOptions.withK(SegmentationOptions.MIN_K);
        return KSweep.run(table, base, options, progress);
    }

    List<SegmentStability> stability(int runs, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = shown.customers();
        Segmentation current = shown.segmentation();
        if (table == null || current == null) {
            throw new SegmentationException("There is no segmentation to check yet: segment the customers first.");
        }
        return StabilityCheck.run(table, current.result(), runs, current.result().options().seed(),
                StabilityCheck.DEFAULT_MAX_SAMPLE, progress);
    }

    SegmentationInputs inputs(SegmentationOptions options) throws SegmentationException {
        return Segmenter.inputs(requireCustomers(), options);
    }

    RfmCutPoints rfmQuintiles() throws SegmentationException {
        return RfmScoring.quintiles(requireCustomers());
    }

    /// Identities of `result` that `previous` had too: segments carried over, whose edits apply.
    /// A fresh identity is never one the previous run held (see [SegmentMatcher#align]).
    private static Set<Integer> carriedOver(SegmentationResult result, Segmentation previous) {
        if (previous == null) {
            return Set.of();
        }
        Set<Integer> before = Arrays.stream(previous.result().identities()).boxed().collect(Collectors.toSet());
        Set<Integer> carried = new HashSet<>();
        for (int identity : result.identities()) {
            if (before.contains(identity)) {
                carried.add(identity);
            }
        }
        return carried;
    }

    private CustomerTable requireCustomers() throws SegmentationException {
        CustomerTable table = shown.customers();
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        return table;
    }
}
