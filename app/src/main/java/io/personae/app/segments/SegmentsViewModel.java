package io.personae.app.segments;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationInputs;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.Job;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.ShownSegment;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The number of segments, the settings applied, the personas of the segmentation shown, and
/// the data of both charts.
///
/// Changing k or applying new settings re-segments in the background. Re-segmentation is
/// debounced: while a run is going, a new request cancels it and is remembered; when the run
/// ends, only the latest request is computed. A drag across the whole slider therefore costs at
/// most the run in progress plus one.
///
/// Each request is answered twice when the settings have several restarts: first a quick look
/// with one restart ([SegmentationOptions#quickLook()]), shown at once, then the run with the
/// settings as they are, which replaces it and is the one kept. While the slider is dragged only
/// quick looks run; the full run follows the release.
///
/// The scatter chart's axes ([ScatterAxes]) and the stability check ([StabilityLabelling]) are
/// jobs of their own; this class only hands them to the view.
public final class SegmentsViewModel {

    public static final int DEFAULT_K = 5;
    public static final int MIN_K = SegmentationOptions.MIN_K;
    public static final int MAX_K = SegmentationOptions.MAX_K;

    private record Run(Segmentation segmentation, String summary) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SettingsViewModel settings;
    private final SweepViewModel sweep;

    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);
    private final ReadOnlyObjectWrapper<SegmentationOptions> applied = new ReadOnlyObjectWrapper<>(this, "applied",
            SegmentationOptions.withK(DEFAULT_K));
    private final BooleanBinding kFixed = Bindings.createBooleanBinding(() -> applied.get().method() == Method.RFM, applied);
    private final ObservableList<PersonaCardViewModel> cards = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<ShownSegment>> segments = new ReadOnlyObjectWrapper<>(this, "segments", List.of());
    private final ReadOnlyStringWrapper inputsSummary = new ReadOnlyStringWrapper(this, "inputsSummary", "");
    private final ScatterAxes scatter;
    private final StabilityLabelling stability;
    private final StringBinding kText;

    private Job running;
    private boolean pending;
    private SegmentationOptions wanted = applied.get();
    private boolean syncing;
    private Segmentation kept;
    private Segmentation displayed;
    private CustomerTable displayedTable;
    private Run lastRun;

    public SegmentsViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = new SettingsViewModel(session, runner);
        this.sweep = new SweepViewModel(session, runner, dialogs, k::set);
        this.scatter = new ScatterAxes(this, session);
        this.stability = new StabilityLabelling(session, runner, dialogs, cards);
        kText = Bindings.createStringBinding(() -> applied.get().method() == Method.RFM ? k.get() + " RFM groups"
                : k.get() + " segments", k, applied);
        k.addListener((observable, old, value) -> {
            if (!syncing) {
                applied.set(applied.get().withSegments(value.intValue()));
                request(applied.get());
            }
        });
        adjusting.addListener((observable, old, value) -> {
            if (!value) {
                settled();
            }
        });
        session.snapshotProperty().addListener(this::snapshotChanged);
        ProjectSnapshot now = session.snapshot();
        if (now.segmentation() != null) {
            applied.set(now.segmentation().result().options());
            showK(now.segmentation().result().k());
        }
        settings.load(now.customers(), applied.get());
        show(now);
    }

    /// Segments wanted, 2..12; bound to the slider.
    public IntegerProperty kProperty() {
        return k;
    }

    /// "5 segments", or "9 RFM groups" when RFM decides the number.
    public StringBinding kTextProperty() {
        return kText;
    }

    /// True while the user drags the slider: results are shown but not yet kept in the project.
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }

    /// Whether the method decides the number of segments itself (RFM), so the slider is off.
    public BooleanBinding kFixedProperty() {
        return kFixed;
    }

    /// The settings the slider re-segments with.
    public ReadOnlyObjectProperty<SegmentationOptions> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public ObservableList<PersonaCardViewModel> cards() {
        return cards;
    }

    /// The segments shown, in segment order, for the charts.
    public ReadOnlyObjectProperty<List<ShownSegment>> segmentsProperty() {
        return segments.getReadOnlyProperty();
    }

    /// What the segmentation shown was made of: method, features and scaling, gaps.
    public ReadOnlyStringProperty inputsSummaryProperty() {
        return inputsSummary.getReadOnlyProperty();
    }

    /// What the scatter chart's axes can show: the two principal components, then each feature.
    public ObservableList<String> axes() {
        return scatter.axes();
    }

    public StringProperty xAxisProperty() {
        return scatter.xAxisProperty();
    }

    public StringProperty yAxisProperty() {
        return scatter.yAxisProperty();
    }

    public ReadOnlyObjectProperty<ScatterPoints> scatterProperty() {
        return scatter.scatterProperty();
    }

    /// Re-segments with the settings as edited; when they are not valid, the settings say why
    /// and nothing runs.
    public void applySettings() {
        SegmentationOptions options;
        try {
            options = settings.options(k.get());
        } catch (IllegalArgumentException e) {
            return;
        }
        applied.set(options);
        request(options);
    }

    /// The segment picked everywhere (identity), or [Session#NONE].
    public ReadOnlyIntegerProperty selectedProperty() {
        return session.selectedSegmentProperty();
    }

    /// Picks the segment with this identity everywhere (board, compare view, charts).
    public void select(int identity) {
        session.selectedSegmentProperty().set(identity);
    }

    /// Re-runs the segmentation shown on bootstrap resamples and labels each card stable or not.
    public void checkStability() {
        stability.run();
    }

    private void request(SegmentationOptions options) {
        wanted = options;
        if (running != null && !running.isDone()) {
            pending = true;
            running.cancel();
            return;
        }
        start();
    }

    private void start() {
        pending = false;
        ProjectSnapshot snapshot = session.snapshot();
        if (!snapshot.hasCustomers()) {
            return;
        }
        Project project = snapshot.project();
        CustomerTable table = snapshot.customers();
        Segmentation shown = snapshot.segmentation();
        // the quick look, unless it is what is shown already (the full run follows it)
        SegmentationOptions options = wanted.quickLook()
                .filter(quick -> shown == null || !quick.equals(shown.result().options()))
                .orElse(wanted);
        String title = options.method() == Method.RFM ? "Scoring RFM groups"
                : options == wanted && wanted.quickLook().isPresent() ? "Refining the " + options.k() + " segments"
                : "Segmenting into " + options.k() + " segments";
        running = runner.run(title, progress -> {
            Segmentation result = project.preview(options, progress);
            return new Run(result, summary(project, options));
        }, run -> ended(table, run, null), error -> ended(table, null, error));
    }

    private void ended(CustomerTable table, Run run, Throwable error) {
        if (pending) {
            start();
            return;
        }
        if (table != session.snapshot().customers()) {
            return;
        }
        if (error == null) {
            lastRun = run;
            Segmentation result = run.segmentation();
            showK(result.result().k());
            settings.ranWith(result.result().rfmCutPoints());
            session.showSegmentation(result);
            boolean quickLook = !result.result().options().equals(wanted);
            if (quickLook && !adjusting.get()) {
                start();
            } else if (!quickLook && !adjusting.get()) {
                keep(result);
            }
            return;
        }
        if (CancelledJob.is(error)) {
            session.setNotice("Segmentation cancelled; the segments shown are unchanged.");
        } else {
            UserErrors.report(dialogs, "Segmentation failed", error);
        }
        Segmentation shown = session.snapshot().segmentation();
        if (shown != null) {
            SegmentationOptions shownOptions = shown.result().options();
            // a quick look shown stands for the run it previews: the settings keep their restarts
            applied.set(wanted.quickLook().filter(shownOptions::equals).map(quick -> wanted).orElse(shownOptions));
            showK(shown.result().k());
        }
    }

    private void settled() {
        Segmentation shown = session.snapshot().segmentation();
        boolean idle = running == null || running.isDone();
        if (!idle) {
            return;
        }
        if (shown != null && !shown.result().options().equals(applied.get())) {
            request(applied.get());
        } else if (shown != null && shown != kept) {
            keep(shown);
        }
    }

    /// Stores `shown` as the project's latest segmentation, so reopening the project shows it.
    private void keep(Segmentation shown) {
        Project project = session.snapshot().project();
        kept = shown;
        runner.run("Saving the segmentation", progress -> {
            project.keep(shown);
            return shown;
        }, saved -> {}, error -> UserErrors.report(dialogs, "Could not save the segmentation", error));
    }

    private void snapshotChanged(ObservableValue<? extends ProjectSnapshot> observable, ProjectSnapshot old, ProjectSnapshot now) {
        if (now.customers() != old.customers()) {
            if (now.segmentation() != null) {
                kept = now.segmentation();
                applied.set(now.segmentation().result().options());
                showK(now.segmentation().result().k());
            } else {
                // decision: new data starts from the default settings; features chosen for other
                // data may not exist in this one
                applied.set(SegmentationOptions.withK(k.get()));
            }
            settings.load(now.customers(), applied.get());
        }
        show(now);
        if (now.customers() == old.customers()) {
            return;
        }
        if (now.segmentation() != null) {
            if (running != null && !running.isDone()) {
                running.cancel();
            }
        } else if (now.hasCustomers()) {
            request(applied.get());
        } else if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    private void show(ProjectSnapshot snapshot) {
        Segmentation segmentation = snapshot.segmentation();
        if (segmentation == displayed && snapshot.customers() == displayedTable) {
            return;
        }
        displayed = segmentation;
        displayedTable = snapshot.customers();
        List<ShownSegment> shown = ShownSegment.of(segmentation);
        segments.set(shown);
        List<PersonaCardViewModel> models = new ArrayList<>();
        for (ShownSegment segment : shown) {
            PersonaCardViewModel card = new PersonaCardViewModel(segment);
            // a persona renamed on the board is the same run: its tick for export stays
            card.selectedProperty().set(session.segmentsForExport().contains(card.segment()));
            card.selectedProperty().addListener((observable, old, selected) -> {
                if (selected) {
                    session.segmentsForExport().add(card.segment());
                } else {
                    session.segmentsForExport().remove(card.segment());
                }
            });
            models.add(card);
        }
        cards.setAll(models);
        inputsSummary.set(segmentation == null ? "" : lastRun != null && lastRun.segmentation() == segmentation ? lastRun.summary()
                : summary(snapshot.project(), segmentation.result().options()));
        scatter.show(snapshot);
    }

    /// The run's inputs on one line; "" when they cannot be told (the data changed since).
    private static String summary(Project project, SegmentationOptions options) {
        try {
            SegmentationInputs inputs = project.inputs(options);
            return inputs.describe();
        } catch (SegmentationException e) {
            return "";
        }
    }

    private void showK(int value) {
        syncing = true;
        try {
            k.set(Math.clamp(value, MIN_K, MAX_K));
        } finally {
            syncing = false;
        }
    }
}
