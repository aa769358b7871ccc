package io.personae.app.segments;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.function.IntConsumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/// "Find the best number of segments": the range of k to try and the business limits, the
/// sweep itself in the background, its scores for the chart and the recommendation in words.
public final class SweepViewModel {

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IntConsumer useK;

    private final IntegerProperty fromK = new SimpleIntegerProperty(this, "fromK", SweepOptions.DEFAULTS.minK());
    private final IntegerProperty toK = new SimpleIntegerProperty(this, "toK", SweepOptions.DEFAULTS.maxK());
    private final IntegerProperty minSharePercent = new SimpleIntegerProperty(this, "minSharePercent",
            (int) Math.round(SweepOptions.DEFAULTS.minSegmentShare() * 100));
    private final IntegerProperty maxSegments = new SimpleIntegerProperty(this, "maxSegments", SweepOptions.DEFAULTS.maxSegments());
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final StringBinding recommendation = Bindings.createStringBinding(
            () -> result.get() == null ? "" : result.get().recommendation(), result);
    private final StringBinding useText = Bindings.createStringBinding(
            () -> result.get() == null ? "Use the recommended number" : "Use " + result.get().recommendedK() + " segments", result);
    private final BooleanBinding canUse = Bindings.createBooleanBinding(() -> result.get() != null, result);

    SweepViewModel(Session session, TaskRunner runner, DialogService dialogs, IntConsumer useK) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.useK = useK;
        for (Observable limit : new Observable[] {fromK, toK, minSharePercent, maxSegments}) {
            limit.addListener(observable -> validation.set(""));
        }
        session.snapshotProperty().addListener((observable, old, now) -> {
            if (now.customers() != old.customers()) {
                result.set(null);
            }
        });
    }

    /// The smallest k tried.
    public IntegerProperty fromKProperty() {
        return fromK;
    }

    /// The largest k tried.
    public IntegerProperty toKProperty() {
        return toK;
    }

    /// The smallest segment the business accepts, in percent of customers.
    public IntegerProperty minSharePercentProperty() {
        return minSharePercent;
    }

    /// The most segments the team can act on.
    public IntegerProperty maxSegmentsProperty() {
        return maxSegments;
    }

    /// The last sweep's scores and recommendation, or `null`.
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// Why the limits cannot be used as they are, or "".
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /// The recommendation in plain words, or "" before a sweep.
    public StringBinding recommendationProperty() {
        return recommendation;
    }

    /// "Use 4 segments"
    public StringBinding useTextProperty() {
        return useText;
    }

    public BooleanBinding canUseProperty() {
        return canUse;
    }

    /// Tries each k of the range in the background; the result replaces the previous one.
    public void run() {
        ProjectSnapshot snapshot = session.snapshot();
        if (!snapshot.hasCustomers() || running.get()) {
            return;
        }
        SweepOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
            return;
        }
        validation.set("");
        Project project = snapshot.project();
        CustomerTable table = snapshot.customers();
        running.set(true);
        runner.run("Trying " + options.minK() + " to " + options.maxK() + " segments", progress -> project.sweep(options, progress),
                swept -> {
                    running.set(false);
                    if (session.snapshot().customers() == table) {
                        result.set(swept);
                        session.setNotice(swept.recommendation());
                    }
                }, error -> {
                    running.set(false);
                    if (CancelledJob.is(error)) {
                        session.setNotice("The search for the best number of segments was cancelled.");
                    } else {
                        UserErrors.report(dialogs, "Could not compare numbers of segments", error);
                    }
                });
    }

    /// Moves the slider to the recommended number of segments.
    public void useRecommended() {
        SweepResult shown = result.get();
        if (shown != null) {
            useK.accept(Math.clamp(shown.recommendedK(), SegmentationOptions.MIN_K, SegmentationOptions.MAX_K));
        }
    }

    /// The sweep options the form describes.
    ///
    /// @throws IllegalArgumentException when they are out of range; the message says how
    SweepOptions options() {
        SweepOptions defaults = SweepOptions.DEFAULTS;
        return new SweepOptions(fromK.get(), toK.get(), minSharePercent.get() / 100.0, maxSegments.get(), defaults.stabilityRuns(),
                defaults.silhouetteSample());
    }
}
