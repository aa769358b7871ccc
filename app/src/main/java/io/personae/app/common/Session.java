package io.personae.app.common;

import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/// State the features share: the open project as shown, the segments picked for export on the
/// persona cards, the segment picked in a chart or on the board, and the last thing done, for
/// the status bar.
///
/// Features talk through this object instead of to each other. Used on the JavaFX thread only.
public final class Session {

    /// [#selectedSegmentProperty()] when no segment is picked.
    public static final int NONE = -1;

    private final ReadOnlyObjectWrapper<ProjectSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            ProjectSnapshot.NONE);
    private final ObservableSet<Integer> segmentsForExport = FXCollections.observableSet();
    private final IntegerProperty selectedSegment = new SimpleIntegerProperty(this, "selectedSegment", NONE);
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    public ReadOnlyObjectProperty<ProjectSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ProjectSnapshot snapshot() {
        return snapshot.get();
    }

    public Optional<Project> project() {
        return Optional.ofNullable(snapshot.get().project());
    }

    /// Shows `project` as it is now (after opening it or importing into it).
    public void show(Project project) {
        segmentsForExport.clear();
        snapshot.set(ProjectSnapshot.of(project));
    }

    /// Shows another segmentation of the same customers.
    public void showSegmentation(Segmentation shown) {
        if (shown != snapshot.get().segmentation()) {
            segmentsForExport.clear();
            snapshot.set(snapshot.get().withSegmentation(shown));
        }
    }

    /// Shows the same run with a persona's words edited: the picks for export stay.
    public void showEdited(Segmentation edited) {
        Segmentation shown = snapshot.get().segmentation();
        if (shown == null || shown.result() != edited.result()) {
            showSegmentation(edited);
        } else if (shown != edited) {
            snapshot.set(snapshot.get().withSegmentation(edited));
        }
    }

    /// The identity of the segment picked last (in a chart, on the board), or [#NONE]; identities
    /// stay with a segment across re-runs, so the pick survives moving the slider.
    public IntegerProperty selectedSegmentProperty() {
        return selectedSegment;
    }

    /// Segment numbers ticked on the persona cards.
    public ObservableSet<Integer> segmentsForExport() {
        return segmentsForExport;
    }

    /// The outcome of the last finished action ("Imported orders.csv: ..."), shown when no job runs.
    public StringProperty noticeProperty() {
        return notice;
    }

    public void setNotice(String text) {
        notice.set(text);
    }
}
