package io.personae.app.segments;

import io.personae.app.common.Palette;
import io.personae.app.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// One persona as a card: colour stripe, segment number and stability, name, size, revenue
/// share, each feature against the average, and the "Select for export" box.
final class PersonaCardView {

    static final String SELECT_TEXT = "Select for export";

    private final VBox root;

    PersonaCardView(PersonaCardViewModel card) {
        Region stripe = new Region();
        stripe.getStyleClass().add(Styles.CARD_STRIPE);
        stripe.setStyle("-fx-background-color: " + Palette.hex(card.colour()) + ";");

        Label number = new Label(card.number());
        number.getStyleClass().addAll(Styles.SUBTLE, Styles.CARD_NUMBER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(8, number, gap, stabilityBadge(card));
        heading.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(card.title());
        title.getStyleClass().add(Styles.CARD_TITLE);
        Label size = new Label(card.size());
        size.getStyleClass().add(Styles.CARD_SIZE);
        VBox body = new VBox(heading, title, size);
        body.getStyleClass().add(Styles.CARD_BODY);
        if (!card.revenue().isEmpty()) {
            Label revenue = new Label(card.revenue());
            revenue.getStyleClass().add(Styles.CARD_REVENUE);
            body.getChildren().add(revenue);
        }
        body.getChildren().add(features(card));

        CheckBox select = new CheckBox(SELECT_TEXT);
        select.selectedProperty().bindBidirectional(card.selectedProperty());
        body.getChildren().add(select);

        root = new VBox(stripe, body);
        root.getStyleClass().add(Styles.CARD);
        root.setUserData(card.segment());
    }

    VBox root() {
        return root;
    }

    private static Label stabilityBadge(PersonaCardViewModel card) {
        Label badge = new Label();
        badge.getStyleClass().add(Styles.STABILITY);
        badge.textProperty().bind(card.stabilityTextProperty());
        badge.visibleProperty().bind(card.stabilityProperty().isNotEqualTo(PersonaCardViewModel.Stability.UNKNOWN));
        card.stabilityProperty().subscribe(stability -> {
            badge.getStyleClass().removeAll(Styles.STABLE, Styles.UNSTABLE);
            switch (stability) {
                case STABLE -> badge.getStyleClass().add(Styles.STABLE);
                case UNSTABLE -> badge.getStyleClass().add(Styles.UNSTABLE);
                case UNKNOWN -> { }
            }
        });
        return badge;
    }

    private static GridPane features(PersonaCardViewModel card) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FEATURE_GRID);
        Label caption = new Label("Segment average vs all customers");
        caption.getStyleClass().addAll(Styles.SUBTLE, Styles.FEATURE_CAPTION);
        grid.add(caption, 0, 0, 3, 1);
        int row = 1;
        for (PersonaCardViewModel.FeatureLine line : card.features()) {
            Label name = new Label(line.feature());
            name.getStyleClass().add(Styles.FEATURE_NAME);
            name.setWrapText(true);
            Label comparison = new Label(line.comparison());
            comparison.getStyleClass().add(Styles.FEATURE_VALUE);
            Label lift = new Label(line.lift());
            // the figures keep their width; a long feature name wraps instead
            comparison.setMinWidth(Region.USE_PREF_SIZE);
            lift.setMinWidth(Region.USE_PREF_SIZE);
            switch (line.trend()) {
                case ABOVE -> lift.getStyleClass().add(Styles.ABOVE);
                case BELOW -> lift.getStyleClass().add(Styles.BELOW);
                case TYPICAL -> lift.getStyleClass().add(Styles.SUBTLE);
            }
            grid.addRow(row++, name, comparison, lift);
        }
        return grid;
    }
}
