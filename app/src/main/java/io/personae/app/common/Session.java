package io.personae.app.common;

import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/// State the features share: the open project as shown, the segments picked for export on the
/// persona cards, and the last thing done, for the status bar.
///
/// Features talk through this object instead of to each other. Used on the JavaFX thread only.
public final class Session {

    private final ReadOnlyObjectWrapper<ProjectSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            ProjectSnapshot.NONE);
    private final ObservableSet<Integer> segmentsForExport = FXCollections.observableSet();
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
