package io.personae.app.segments;

import io.personae.app.common.Styles;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The segments screen: the k slider and persona cards on the left, the charts on the right.
public final class SegmentsView {

    public static final String SLIDER_ID = "k-slider";

    private final SegmentsViewModel viewModel;
    private final SplitPane root;
    private final ShareChartView shareChart = new ShareChartView();
    private final ScatterChartView scatterChart = new ScatterChartView();

    public SegmentsView(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
        VBox left = new VBox(toolbar(), cards());
        VBox right = charts();
        root = new SplitPane(left, right);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.58);
        viewModel.personasProperty().subscribe(shareChart::show);
        viewModel.scatterProperty().subscribe(points -> scatterChart.show(points, viewModel.personasProperty().get()));
    }

    public Node root() {
        return root;
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
        HBox.setHgrow(slider, Priority.ALWAYS);

        Label name = new Label("Segments");
        name.getStyleClass().add(Styles.SECTION);
        name.setLabelFor(slider);
        Label value = new Label();
        value.getStyleClass().add(Styles.K_VALUE);
        value.textProperty().bind(viewModel.kProperty().asString("%d segments"));
        HBox toolbar = new HBox(name, slider, value);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        return toolbar;
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
