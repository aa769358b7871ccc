package io.personae.app.importing;

import io.personae.analytics.importer.Cleaning.MissingIds;
import io.personae.app.common.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The cleaning part of the import dialog; each step is recorded with the import and listed in
/// its data quality report.
final class CleaningPane {

    static final String CAP_ID = "import-cap-outliers";

    private CleaningPane() {
    }

    static Node build(CleaningChoices choices) {
        CheckBox trim = new CheckBox("Trim spaces around names, emails and categories");
        trim.selectedProperty().bindBidirectional(choices.trimProperty());

        List<RadioButton> missing = ChoiceBoxes.radios(choices.missingIdsProperty(),
                MissingIds.DROP, "Leave them out (counted in the report)",
                MissingIds.KEEP, "Keep them as one customer \"(no id)\" (walk-in sales)");
        Label missingLabel = new Label("Rows without a customer id");
        missingLabel.getStyleClass().add(Styles.FORM_LABEL);
        HBox missingLine = new HBox(18, missingLabel, missing.get(0), missing.get(1));
        missingLine.setAlignment(Pos.CENTER_LEFT);

        CheckBox deduplicate = new CheckBox("Drop rows that repeat an earlier row exactly");
        deduplicate.selectedProperty().bindBidirectional(choices.deduplicateRowsProperty());

        CheckBox cap = new CheckBox("Cap outlying amounts at the percentile");
        cap.setId(CAP_ID);
        cap.selectedProperty().bindBidirectional(choices.capOutliersProperty());
        SpinnerValueFactory.DoubleSpinnerValueFactory percentiles = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                CleaningChoices.MIN_CAP, CleaningChoices.MAX_CAP, CleaningChoices.DEFAULT_CAP, 0.5);
        percentiles.valueProperty().bindBidirectional(choices.capPercentileProperty().asObject());
        Spinner<Double> percentile = new Spinner<>(percentiles);
        percentile.setEditable(true);
        percentile.setPrefWidth(100);
        percentile.disableProperty().bind(cap.selectedProperty().not());
        Label both = new Label("(and at its mirror below, e.g. the 1st for the 99th)");
        both.getStyleClass().add(Styles.SUBTLE);
        HBox capLine = new HBox(10, cap, percentile, both);
        capLine.setAlignment(Pos.CENTER_LEFT);

        return new VBox(12, trim, missingLine, deduplicate, capLine);
    }
}
