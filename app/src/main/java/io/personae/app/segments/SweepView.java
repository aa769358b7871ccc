package io.personae.app.segments;

import io.personae.app.common.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// "Find the best number of segments": the limits, the scores chart, the recommendation and
/// the button that takes it.
final class SweepView {

    static final String RUN_ID = "sweep-run";
    static final String USE_ID = "sweep-use";
    static final String RECOMMENDATION_ID = "sweep-recommendation";

    private final VBox root;
    private final SweepChartView chart = new SweepChartView();

    SweepView(SweepViewModel viewModel) {
        GridPane limits = new GridPane();
        limits.getStyleClass().add(Styles.SETTINGS_GRID);
        addSpinner(limits, 0, "Try from", viewModel.fromKProperty(), 2, 12);
        addSpinner(limits, 1, "to", viewModel.toKProperty(), 2, 12);
        addSpinner(limits, 2, "Smallest segment (%)", viewModel.minSharePercentProperty(), 0, 49);
        addSpinner(limits, 3, "Most segments to act on", viewModel.maxSegmentsProperty(), 2, 12);

        Button run = new Button("Find the best number of segments");
        run.setId(RUN_ID);
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(event -> viewModel.run());
        Label validation = new Label();
        validation.getStyleClass().add(Styles.VALIDATION);
        validation.setWrapText(true);
        validation.textProperty().bind(viewModel.validationProperty());
        validation.managedProperty().bind(viewModel.validationProperty().isNotEmpty());

        StackPane chartBox = new StackPane(chart.node());
        chartBox.getStyleClass().add(Styles.CHART_BOX);
        chartBox.setPrefHeight(460);
        chartBox.setMinHeight(300);
        chartBox.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        chartBox.managedProperty().bind(chartBox.visibleProperty());
        viewModel.resultProperty().subscribe(chart::show);

        Label recommendation = new Label();
        recommendation.setId(RECOMMENDATION_ID);
        recommendation.getStyleClass().add(Styles.RECOMMENDATION);
        recommendation.setWrapText(true);
        recommendation.textProperty().bind(viewModel.recommendationProperty());
        recommendation.managedProperty().bind(viewModel.recommendationProperty().isNotEmpty());
        Button use = new Button();
        use.setId(USE_ID);
        use.textProperty().bind(viewModel.useTextProperty());
        use.disableProperty().bind(viewModel.canUseProperty().not());
        use.visibleProperty().bind(viewModel.canUseProperty());
        use.managedProperty().bind(use.visibleProperty());
        use.setOnAction(event -> viewModel.useRecommended());

        root = new VBox(8, limits, run, validation, recommendation, use, chartBox);
        root.setAlignment(Pos.TOP_LEFT);
    }

    VBox root() {
        return root;
    }

    private static void addSpinner(GridPane grid, int row, String text, IntegerProperty value, int min, int max) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        ObjectProperty<Integer> boxed = value.asObject();
        // the spinner holds the boxed property: a bidirectional binding alone would let it be collected
        spinner.getProperties().put(SweepView.class, boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        label.setLabelFor(spinner);
        grid.addRow(row, label, spinner);
    }
}
