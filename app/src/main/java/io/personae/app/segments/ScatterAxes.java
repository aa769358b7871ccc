package io.personae.app.segments;

import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The scatter chart's side of the segments view: what each axis can show, the two axes
/// chosen, and the points drawn for them.
///
/// Kept apart from [SegmentsViewModel], which decides which segmentation is shown; this only
/// follows what is shown and the user's choice of axes.
final class ScatterAxes {

    static final int MAX_POINTS = 5_000;

    private final Session session;
    private final ObservableList<String> axes = FXCollections.observableArrayList();
    private final StringProperty xAxis;
    private final StringProperty yAxis;
    private final ReadOnlyObjectWrapper<ScatterPoints> scatter;

    /// @param bean the view model the properties belong to
    ScatterAxes(Object bean, Session session) {
        this.session = session;
        this.xAxis = new SimpleStringProperty(bean, "xAxis", ScatterPoints.FIRST_COMPONENT);
        this.yAxis = new SimpleStringProperty(bean, "yAxis", ScatterPoints.SECOND_COMPONENT);
        this.scatter = new ReadOnlyObjectWrapper<>(bean, "scatter", ScatterPoints.NONE);
        xAxis.addListener(observable -> update());
        yAxis.addListener(observable -> update());
    }

    /// The two principal components, then each feature.
    ObservableList<String> axes() {
        return axes;
    }

    StringProperty xAxisProperty() {
        return xAxis;
    }

    StringProperty yAxisProperty() {
        return yAxis;
    }

    ReadOnlyObjectProperty<ScatterPoints> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /// Offers the features of the data shown as axes, falls back to the principal components
    /// when a chosen axis is gone, and redraws.
    void show(ProjectSnapshot snapshot) {
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
        update();
    }

    private void update() {
        ProjectSnapshot snapshot = session.snapshot();
        if (snapshot.segmentation() == null || snapshot.customers() == null || xAxis.get() == null || yAxis.get() == null) {
            scatter.set(ScatterPoints.NONE);
            return;
        }
        scatter.set(ScatterPoints.of(snapshot.segmentation(), snapshot.customers(), xAxis.get(), yAxis.get(), MAX_POINTS));
    }
}
