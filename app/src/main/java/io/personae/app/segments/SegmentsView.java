package io.personae.app.segments;

import io.personae.app.common.Styles;
import io.personae.app.common.charts.ShareChartView;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The segments screen: the k slider, the settings and stability buttons, the run's summary and
/// the persona cards on the left, the charts on the right, and on demand a drawer on the far left
/// with the segmentation settings and the search for the best number of segments.
public final class SegmentsView {

    public static final String SLIDER_ID = "k-slider";
    public static final String SETTINGS_TOGGLE_ID = "settings-toggle";
    public static final String FIND_BEST_ID = "find-best-k";
    public static final String STABILITY_ID = "check-stability";
    public static final String SUMMARY_ID = "inputs-summary";
    public static final String METHOD_ID = SettingsView.METHOD_ID;
    public static final String APPLY_ID = SettingsView.APPLY_ID;
    public static final String SETTINGS_VALIDATION_ID = SettingsView.VALIDATION_ID;
    public static final String SWEEP_RUN_ID = SweepView.RUN_ID;
    public static final String SWEEP_USE_ID = SweepView.USE_ID;
    public static final String RECOMMENDATION_ID = SweepView.RECOMMENDATION_ID;

    private static final double[] CLOSED = {0.58};
    private static final double[] OPEN = {0.33, 0.69};

    private final SegmentsViewModel viewModel;
    private final SplitPane root;
    private final VBox left;
    private final VBox right;
    private final ScrollPane drawer;
    private final TitledPane settingsPane;
    private final TitledPane sweepPane;
    private final ToggleButton settingsToggle = new ToggleButton("Settings");
    private final ShareChartView shareChart;
    private final ScatterChartView scatterChart;

    public SegmentsView(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
        shareChart = new ShareChartView(viewModel::select);
        scatterChart = new ScatterChartView(viewModel::select);
        settingsPane = new TitledPane("Segmentation settings", new SettingsView(viewModel.settings(), viewModel::applySettings).root());
        sweepPane = new TitledPane("Best number of segments", new SweepView(viewModel.sweep()).root());
        // decision: two independent panes rather than an Accordion, so the settings can stay open
        // beside the sweep's chart when the drawer is tall enough
        sweepPane.setExpanded(false);
        VBox sections = new VBox(settingsPane, sweepPane);
        drawer = new ScrollPane(sections);
        drawer.setFitToWidth(true);
        drawer.getStyleClass().add(Styles.DRAWER);
        drawer.setMinWidth(360);

        left = new VBox(toolbar(), actions(), summary(), cards());
        right = charts();
        root = new SplitPane(left, right);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(CLOSED);
        settingsToggle.setId(SETTINGS_TOGGLE_ID);
        settingsToggle.selectedProperty().subscribe(this::showDrawer);
        viewModel.segmentsProperty().subscribe(shareChart::show);
        viewModel.scatterProperty().subscribe(points -> drawScatter());
        viewModel.selectedProperty().addListener((observable, old, now) -> drawScatter());
    }

    public Node root() {
        return root;
    }

    private void drawScatter() {
        scatterChart.show(viewModel.scatterProperty().get(), viewModel.segmentsProperty().get(), viewModel.selectedProperty().get());
    }

    private void showDrawer(boolean open) {
        if (open && !root.getItems().contains(drawer)) {
            root.getItems().setAll(drawer, left, right);
            root.setDividerPositions(OPEN);
        } else if (!open && root.getItems().contains(drawer)) {
            root.getItems().setAll(left, right);
            root.setDividerPositions(CLOSED);
        }
    }

    private HBox toolbar() {
        Slider slider = new Slider(SegmentsViewModel.MIN_K, SegmentsViewModel.MAX_K, viewModel.kProperty().get());
        slider.setId(SLIDER_ID);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.valueProperty().addListener((observable, old, value) -> viewModel.kProperty().set((int) Math.round(value.doubleValue())));
        viewModel.kProperty().subscribe(k -> {
            if (Math.round(slider.getValue()) != k.intValue()) {
                slider.setValue(k.intValue());
            }
        });
        viewModel.adjustingProperty().bind(slider.valueChangingProperty());
        slider.disableProperty().bind(viewModel.kFixedProperty());
        slider.setMinWidth(160);
        HBox.setHgrow(slider, Priority.ALWAYS);

        Label name = new Label("Segments");
        name.getStyleClass().add(Styles.SECTION);
        name.setLabelFor(slider);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label();
        value.getStyleClass().add(Styles.K_VALUE);
        value.textProperty().bind(viewModel.kTextProperty());
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(name, slider, value);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        return toolbar;
    }

    private FlowPane actions() {
        Button findBest = new Button("Find the best number of segments");
        findBest.setId(FIND_BEST_ID);
        findBest.disableProperty().bind(viewModel.sweep().runningProperty());
        findBest.setOnAction(event -> {
            settingsToggle.setSelected(true);
            settingsPane.setExpanded(false);
            sweepPane.setExpanded(true);
            viewModel.sweep().run();
        });
        Button stability = new Button("Check stability");
        stability.setId(STABILITY_ID);
        stability.setOnAction(event -> viewModel.checkStability());
        settingsToggle.setOnAction(event -> {
            if (settingsToggle.isSelected() && !sweepPane.isExpanded()) {
                settingsPane.setExpanded(true);
            }
        });
        FlowPane actions = new FlowPane(settingsToggle, findBest, stability);
        actions.getStyleClass().add(Styles.SEGMENT_ACTIONS);
        return actions;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().addAll(Styles.SUBTLE, Styles.INPUTS_SUMMARY);
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.inputsSummaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        return summary;
    }

    private ScrollPane cards() {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add(Styles.CARDS);
        viewModel.cards().addListener((ListChangeListener<PersonaCardViewModel>) change ->
                flow.getChildren().setAll(viewModel.cards().stream().map(card -> new PersonaCardView(card).root()).toList()));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.CARDS_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private VBox charts() {
        StackPane share = chartBox(shareChart.node());
        ComboBox<String> x = axisChoice(viewModel.xAxisProperty());
        ComboBox<String> y = axisChoice(viewModel.yAxisProperty());
        HBox axisLine = new HBox(8, axisLabel("Across", x), x, axisLabel("Up", y), y);
        axisLine.setAlignment(Pos.CENTER_LEFT);
        StackPane scatter = chartBox(scatterChart.node());
        VBox charts = new VBox(share, axisLine, scatter);
        charts.getStyleClass().add(Styles.CHART_PANE);
        return charts;
    }

    private static Label axisLabel(String text, ComboBox<String> box) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private ComboBox<String> axisChoice(StringProperty axis) {
        ComboBox<String> box = new ComboBox<>(viewModel.axes());
        box.valueProperty().bindBidirectional(axis);
        box.setPrefWidth(215);
        box.setMinWidth(120);
        return box;
    }

    private static StackPane chartBox(Node chart) {
        StackPane box = new StackPane(chart);
        box.getStyleClass().add(Styles.CHART_BOX);
        box.setMinSize(200, 160);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
