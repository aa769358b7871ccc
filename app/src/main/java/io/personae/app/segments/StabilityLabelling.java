package io.personae.app.segments;

import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.List;

/// The stability check of the segments shown: re-runs the segmentation on bootstrap resamples
/// in the background and labels each persona card stable or not.
///
/// Kept apart from [SegmentsViewModel]: it never re-segments, it only reads the segmentation
/// shown and writes onto the cards.
final class StabilityLabelling {

    /// decision: 20 bootstrap re-runs, Hennig's suggestion; the engine caps each at 20,000
    /// customers, so the check takes seconds even on large data
    static final int STABILITY_RUNS = 20;

    private record Checked(Segmentation segmentation, List<SegmentStability> stability) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final List<PersonaCardViewModel> cards;

    /// @param cards the cards shown, read when the check ends
    StabilityLabelling(Session session, TaskRunner runner, DialogService dialogs, List<PersonaCardViewModel> cards) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.cards = cards;
    }

    /// Starts the check; nothing happens when no segmentation is shown.
    void run() {
        ProjectSnapshot snapshot = session.snapshot();
        if (snapshot.segmentation() == null) {
            return;
        }
        Project project = snapshot.project();
        runner.run("Checking how stable the segments are",
                progress -> new Checked(project.segmentation().orElse(null), project.stability(STABILITY_RUNS, progress)),
                checked -> {
                    if (checked.segmentation() != session.snapshot().segmentation()) {
                        session.setNotice("The segments changed while they were checked; check their stability again.");
                        return;
                    }
                    for (SegmentStability segment : checked.stability()) {
                        cards.stream().filter(card -> card.segment() == segment.segment()).forEach(card -> card.showStability(segment));
                    }
                    long stable = checked.stability().stream().filter(SegmentStability::stable).count();
                    session.setNotice(stable + " of " + checked.stability().size() + " segments are stable.");
                }, error -> {
                    if (CancelledJob.is(error)) {
                        session.setNotice("Stability check cancelled.");
                    } else {
                        UserErrors.report(dialogs, "Stability check failed", error);
                    }
                });
    }
}
