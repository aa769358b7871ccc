package io.personae.app.personas;

import io.personae.app.common.Session;
import io.personae.app.common.ShownSegment;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The data of the persona charts for the analysis shown, the chart on screen and the feature the
/// box plots show. Clicking a segment in any chart picks it everywhere ([#select]).
public final class ChartsViewModel {

    private final Session session;
    private final ReadOnlyObjectProperty<ShownAnalysis> analysis;
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(this, "kind", ChartKind.HEAT_MAP);
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final StringProperty boxFeature = new SimpleStringProperty(this, "boxFeature");
    private final ReadOnlyObjectWrapper<ChartData.HeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap");
    private final ReadOnlyObjectWrapper<ChartData.BoxSamples> boxes = new ReadOnlyObjectWrapper<>(this, "boxes");
    private final ReadOnlyObjectWrapper<List<ShownSegment>> shares = new ReadOnlyObjectWrapper<>(this, "shares", List.of());
    private final ReadOnlyObjectWrapper<ChartData.GridPoints> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyObjectWrapper<ChartData.ActionCounts> actions = new ReadOnlyObjectWrapper<>(this, "actions");
    private final ReadOnlyObjectWrapper<ChartData.RfmCells> rfm = new ReadOnlyObjectWrapper<>(this, "rfm");

    ChartsViewModel(Session session, ReadOnlyObjectProperty<ShownAnalysis> analysis) {
        this.session = session;
        this.analysis = analysis;
        analysis.addListener((observable, old, now) -> update());
        boxFeature.addListener((observable, old, now) -> updateBoxes());
        update();
    }

    /// The chart on screen.
    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    /// The features the box plots can show.
    public ObservableList<String> features() {
        return features;
    }

    public StringProperty boxFeatureProperty() {
        return boxFeature;
    }

    ReadOnlyObjectProperty<ChartData.HeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartData.BoxSamples> boxesProperty() {
        return boxes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ShownSegment>> sharesProperty() {
        return shares.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartData.GridPoints> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartData.ActionCounts> actionsProperty() {
        return actions.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartData.RfmCells> rfmProperty() {
        return rfm.getReadOnlyProperty();
    }

    /// The segment picked, for highlighting it; [Session#NONE] when none.
    public IntegerProperty selectedProperty() {
        return session.selectedSegmentProperty();
    }

    /// Picks the segment with this identity everywhere.
    public void select(int identity) {
        session.selectedSegmentProperty().set(identity);
    }

    private void update() {
        ShownAnalysis shown = analysis.get();
        if (shown == null) {
            heatMap.set(null);
            boxes.set(null);
            shares.set(List.of());
            grid.set(null);
            actions.set(null);
            rfm.set(null);
            return;
        }
        List<String> names = shown.customers().featureNames();
        if (!names.equals(features)) {
            features.setAll(names);
        }
        heatMap.set(ChartData.heatMap(shown));
        shares.set(ShownSegment.of(shown.segmentation()));
        grid.set(ChartData.grid(shown));
        actions.set(ChartData.actions(shown));
        rfm.set(ChartData.rfm(shown));
        if (boxFeature.get() == null || !features.contains(boxFeature.get())) {
            boxFeature.set(features.isEmpty() ? null : features.getFirst());
        } else {
            updateBoxes();
        }
    }

    private void updateBoxes() {
        ShownAnalysis shown = analysis.get();
        String feature = boxFeature.get();
        boxes.set(shown == null || feature == null || !shown.customers().featureNames().contains(feature) ? null
                : ChartData.boxes(shown, feature));
    }
}
