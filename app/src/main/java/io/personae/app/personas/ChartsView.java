package io.personae.app.personas;

import io.personae.app.common.Styles;
import io.personae.app.common.charts.ChartExporter;
import io.personae.app.common.charts.ShareChartView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/// The persona charts, one at a time and large enough for a projector, with a button to export
/// the one shown as PNG or SVG.
final class ChartsView {

    static final String EXPORT_ID = "export-chart";
    static final String FEATURE_ID = "box-feature";

    private final BorderPane root;
    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, Runnable> pending = new EnumMap<>(ChartKind.class);
    private final ObservableBooleanValue shown;
    private final ObservableValue<ChartKind> kind;

    /// @param shown whether the charts are on screen
    ChartsView(ChartsViewModel viewModel, ChartExporter exporter, ObservableBooleanValue shown) {
        SegmentChartView<ChartData.HeatMap> heatMap = HeatMapChartView.create(viewModel::select);
        SegmentChartView<ChartData.BoxSamples> boxes = BoxPlotChartView.create(viewModel::select);
        ShareChartView shares = new ShareChartView(viewModel::select);
        ValueGridChartView grid = new ValueGridChartView(viewModel::select);
        SegmentChartView<ChartData.ActionCounts> actions = ActionChartView.create(viewModel::select);
        SegmentChartView<ChartData.RfmCells> rfm = RfmGridChartView.create(viewModel::select);
        // decision: only the chart on screen is drawn, and only while the charts are shown: a
        // scatter of 5,000 points costs seconds in software rendering, wasted on hidden charts
        this.shown = shown;
        this.kind = viewModel.kindProperty();
        follow(ChartKind.HEAT_MAP, viewModel.heatMapProperty(), heatMap::show);
        follow(ChartKind.BOX_PLOT, viewModel.boxesProperty(), boxes::show);
        follow(ChartKind.SHARE, viewModel.sharesProperty(), shares::show);
        follow(ChartKind.VALUE_GRID, viewModel.gridProperty(), grid::show);
        follow(ChartKind.ACTIONS, viewModel.actionsProperty(), actions::show);
        follow(ChartKind.RFM_GRID, viewModel.rfmProperty(), rfm::show);
        shown.addListener((observable, old, now) -> drawPending());
        kind.addListener((observable, old, now) -> drawPending());
        viewers.put(ChartKind.HEAT_MAP, heatMap.node());
        viewers.put(ChartKind.BOX_PLOT, boxes.node());
        viewers.put(ChartKind.SHARE, shares.node());
        viewers.put(ChartKind.VALUE_GRID, grid.node());
        viewers.put(ChartKind.ACTIONS, actions.node());
        viewers.put(ChartKind.RFM_GRID, rfm.node());

        StackPane charts = new StackPane();
        Tooltip.install(charts, new Tooltip("Hover for details; click a segment to pick it on the board and in the compare view"));
        charts.getStyleClass().add(Styles.CHART_BOX);
        for (Map.Entry<ChartKind, ChartViewer> entry : viewers.entrySet()) {
            ChartViewer viewer = entry.getValue();
            viewer.visibleProperty().bind(viewModel.kindProperty().isEqualTo(entry.getKey()));
            charts.getChildren().add(viewer);
        }

        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox(6);
        for (ChartKind kind : ChartKind.values()) {
            ToggleButton button = new ToggleButton(kind.title());
            button.setToggleGroup(group);
            button.setUserData(kind);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setSelected(viewModel.kindProperty().get() == kind);
            button.setOnAction(event -> viewModel.kindProperty().set(kind));
            kinds.getChildren().add(button);
        }
        viewModel.kindProperty().subscribe(kind -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == kind)));
        // decision: a chart stays picked when its button is clicked again, so one is always shown
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        ComboBox<String> feature = new ComboBox<>(viewModel.features());
        feature.setId(FEATURE_ID);
        feature.setMinWidth(200);
        feature.valueProperty().bindBidirectional(viewModel.boxFeatureProperty());
        feature.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ChartKind.BOX_PLOT));
        feature.managedProperty().bind(feature.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button("Export chart…");
        export.setTooltip(new Tooltip("Save the chart shown as a PNG picture or an SVG drawing"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId(EXPORT_ID);
        export.setOnAction(event -> {
            ChartKind kind = viewModel.kindProperty().get();
            exporter.export(chart(kind), kind.fileName());
        });
        HBox bar = new HBox(10, kinds, feature, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);

        VBox.setVgrow(charts, Priority.ALWAYS);
        root = new BorderPane(charts, bar, null, null, null);
        root.getStyleClass().add(Styles.CHART_PANE);
    }

    Node root() {
        return root;
    }

    /// The chart of this kind as drawn now.
    JFreeChart chart(ChartKind chart) {
        return viewers.get(chart).getChart();
    }

    /// Draws `chart` from `data` now if it is on screen, else when it comes on screen.
    private <T> void follow(ChartKind chart, ObservableValue<T> data, Consumer<T> draw) {
        data.subscribe(value -> {
            pending.put(chart, () -> draw.accept(data.getValue()));
            drawPending();
        });
    }

    private void drawPending() {
        if (shown.get()) {
            Runnable draw = pending.remove(kind.getValue());
            if (draw != null) {
                draw.run();
            }
        }
    }
}
