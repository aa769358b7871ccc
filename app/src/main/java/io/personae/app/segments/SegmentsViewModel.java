package io.personae.app.segments;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.Job;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The number of segments, the personas of the segmentation shown, and the data of both charts.
///
/// Changing k re-segments in the background. Re-segmentation is debounced: while a run is going,
/// a new k cancels it and is remembered; when the run ends, only the latest k is computed. A drag
/// across the whole slider therefore costs at most the run in progress plus one.
public final class SegmentsViewModel {

    public static final int DEFAULT_K = 5;
    public static final int MIN_K = SegmentationOptions.MIN_K;
    public static final int MAX_K = SegmentationOptions.MAX_K;
    static final int MAX_POINTS = 5_000;

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);
    private final ObservableList<PersonaCardViewModel> cards = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Persona>> personas = new ReadOnlyObjectWrapper<>(this, "personas", List.of());
    private final ObservableList<String> axes = FXCollections.observableArrayList();
    private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis", ScatterPoints.FIRST_COMPONENT);
    private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis", ScatterPoints.SECOND_COMPONENT);
    private final ReadOnlyObjectWrapper<ScatterPoints> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", ScatterPoints.NONE);

    private Job running;
    private boolean pending;
    private int wantedK = DEFAULT_K;
    private boolean syncing;
    private Segmentation kept;
    private Segmentation displayed;
    private CustomerTable displayedTable;

    public SegmentsViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        k.addListener((observable, old, value) -> {
            if (!syncing) {
                request(value.intValue());
            }
        });
        adjusting.addListener((observable, old, value) -> {
            if (!value) {
                settled();
            }
        });
        session.snapshotProperty().addListener(this::snapshotChanged);
        xAxis.addListener(observable -> updateScatter());
        yAxis.addListener(observable -> updateScatter());
        show(session.snapshot());
    }

    /// Segments wanted, 2..12; bound to the slider.
    public IntegerProperty kProperty() {
        return k;
    }

    /// True while the user drags the slider: results are shown but not yet kept in the project.
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }

    public ObservableList<PersonaCardViewModel> cards() {
        return cards;
    }

    /// The personas shown, in segment order, for the share chart.
    public ReadOnlyObjectProperty<List<Persona>> personasProperty() {
        return personas.getReadOnlyProperty();
    }

    /// What the scatter chart's axes can show: the two principal components, then each feature.
    public ObservableList<String> axes() {
        return axes;
    }

    public StringProperty xAxisProperty() {
        return xAxis;
    }

    public StringProperty yAxisProperty() {
        return yAxis;
    }

    public ReadOnlyObjectProperty<ScatterPoints> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    private void request(int value) {
        wantedK = value;
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
        int segments = wantedK;
        running = runner.run("Segmenting into " + segments + " segments",
                progress -> project.preview(SegmentationOptions.withK(segments), progress),
                result -> ended(table, result, null),
                error -> ended(table, null, error));
    }

    private void ended(CustomerTable table, Segmentation result, Throwable error) {
        if (pending) {
            start();
            return;
        }
        if (table != session.snapshot().customers()) {
            return;
        }
        if (error == null) {
            session.showSegmentation(result);
            if (!adjusting.get()) {
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
            showK(shown.result().k());
        }
    }

    private void settled() {
        Segmentation shown = session.snapshot().segmentation();
        boolean idle = running == null || running.isDone();
        if (!idle) {
            return;
        }
        if (shown != null && shown.result().k() != k.get()) {
            request(k.get());
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
        show(now);
        if (now.customers() == old.customers()) {
            return;
        }
        if (now.segmentation() != null) {
            kept = now.segmentation();
            showK(now.segmentation().result().k());
            if (running != null && !running.isDone()) {
                running.cancel();
            }
        } else if (now.hasCustomers()) {
            request(k.get());
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
        List<Persona> shown = segmentation == null ? List.of() : segmentation.personas();
        personas.set(shown);
        List<PersonaCardViewModel> models = new ArrayList<>();
        for (Persona persona : shown) {
            PersonaCardViewModel card = new PersonaCardViewModel(persona);
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
        List<String> choices = new ArrayList<>(List.of(ScatterPoints.FIRST_COMPONENT, ScatterPoints.SECOND_COMPONENT));
        if (snapshot.customers() != null) {
            choices.addAll(snapshot.customers().featureNames());
        }
        if (!choices.equals(axes)) {
            axes.setAll(choices);
        }
        if (!axes.contains(xAxis.get()) || !axes.contains(yAxis.get())) {
            xAxis.set(ScatterPoints.FIRST_COMPONENT);
            yAxis.set(ScatterPoints.SECOND_COMPONENT);
        }
        updateScatter();
    }

    private void updateScatter() {
        ProjectSnapshot snapshot = session.snapshot();
        if (snapshot.segmentation() == null || snapshot.customers() == null || xAxis.get() == null || yAxis.get() == null) {
            scatter.set(ScatterPoints.NONE);
            return;
        }
        scatter.set(ScatterPoints.of(snapshot.segmentation(), snapshot.customers(), xAxis.get(), yAxis.get(), MAX_POINTS));
    }

    private void showK(int value) {
        syncing = true;
        try {
            wantedK = value;
            k.set(value);
        } finally {
            syncing = false;
        }
    }
}
