package io.personae.app.personas;

import io.personae.analytics.personas.Light;
import io.personae.app.common.Palette;
import io.personae.app.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// One persona on the board: stripe and number, name, size and worth, description, key figures,
/// action, the four traffic lights (reason on hover) and notes. Clicking picks the segment; F2
/// edits the name.
final class BoardCardView {

    static final String EDIT_NAME_ID = "edit-name";

    private final VBox root;

    BoardCardView(BoardCardViewModel card, Runnable select) {
        Region stripe = new Region();
        stripe.getStyleClass().add(Styles.CARD_STRIPE);
        stripe.setStyle("-fx-background-color: " + Palette.hex(card.identity()) + ";");

        Label number = new Label(card.number());
        number.getStyleClass().addAll(Styles.SUBTLE, Styles.CARD_NUMBER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button edit = new Button("Rename");
        edit.setId(EDIT_NAME_ID);
        edit.getStyleClass().add(Styles.SMALL_BUTTON);
        edit.setOnAction(event -> card.name().startEdit());
        HBox heading = new HBox(8, number, gap, edit);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add(Styles.BOARD_TITLE);
        InlineEditor name = new InlineEditor(card.name(), title, false, "");
        Label size = new Label(card.size());
        size.getStyleClass().add(Styles.CARD_SIZE);
        VBox body = new VBox(heading, name.root(), size);
        body.getStyleClass().add(Styles.CARD_BODY);
        if (!card.revenue().isEmpty()) {
            Label revenue = new Label(card.revenue());
            revenue.getStyleClass().add(Styles.CARD_REVENUE);
            body.getChildren().add(revenue);
        }
        Label description = new Label();
        description.getStyleClass().add(Styles.CARD_DESCRIPTION);
        description.setWrapText(true);
        body.getChildren().add(new InlineEditor(card.description(), description, true, "Double-click to describe").root());

        VBox figures = new VBox(2);
        figures.getStyleClass().add(Styles.KEY_FIGURES);
        for (String figure : card.keyFigures()) {
            Label line = new Label(figure);
            line.setWrapText(true);
            figures.getChildren().add(line);
        }
        Label action = new Label("Action: " + card.action());
        action.getStyleClass().add(Styles.CARD_ACTION);
        action.setWrapText(true);
        body.getChildren().addAll(figures, action);
        if (!card.relationship().isEmpty()) {
            Label relationship = new Label(card.relationship());
            relationship.getStyleClass().add(Styles.SUBTLE);
            relationship.setWrapText(true);
            Tooltip rule = new Tooltip(card.relationshipRule());
            rule.setWrapText(true);
            rule.setMaxWidth(360);
            relationship.setTooltip(rule);
            body.getChildren().add(relationship);
        }
        body.getChildren().add(lights(card));

        Label notes = new Label();
        notes.getStyleClass().addAll(Styles.SUBTLE, Styles.CARD_NOTES);
        notes.setWrapText(true);
        body.getChildren().add(new InlineEditor(card.notes(), notes, true, "Double-click to add notes").root());

        root = new VBox(stripe, body);
        root.getStyleClass().add(Styles.BOARD_CARD);
        root.setUserData(card.identity());
        root.setFocusTraversable(true);
        root.setOnMousePressed(event -> {
            select.run();
            if (!card.name().isEditing() && !card.description().isEditing() && !card.notes().isEditing()) {
                root.requestFocus();
            }
        });
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F2) {
                card.name().startEdit();
                event.consume();
            } else if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
                select.run();
                event.consume();
            }
        });
        root.focusedProperty().subscribe(focused -> {
            if (focused) {
                select.run();
            }
        });
        card.selectedProperty().subscribe(selected -> {
            if (selected) {
                root.getStyleClass().add(Styles.SELECTED);
            } else {
                root.getStyleClass().remove(Styles.SELECTED);
            }
        });
    }

    VBox root() {
        return root;
    }

    private static GridPane lights(BoardCardViewModel card) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.LIGHTS);
        int i = 0;
        for (BoardCardViewModel.LightLine line : card.lights()) {
            Label light = new Label(line.criterion());
            light.getStyleClass().addAll(Styles.LIGHT, switch (line.light()) {
                case GREEN -> Styles.LIGHT_GREEN;
                case AMBER -> Styles.LIGHT_AMBER;
                case RED -> Styles.LIGHT_RED;
            });
            Region dot = new Region();
            dot.getStyleClass().add(Styles.LIGHT_DOT);
            light.setGraphic(dot);
            light.setAccessibleText(line.criterion() + ": " + word(line.light()) + ". " + line.reason());
            Tooltip reason = new Tooltip(word(line.light()) + ": " + line.reason());
            reason.setShowDelay(Duration.millis(200));
            reason.setWrapText(true);
            reason.setMaxWidth(360);
            light.setTooltip(reason);
            grid.add(light, i % 2, i / 2);
            i++;
        }
        return grid;
    }

    private static String word(Light light) {
        return switch (light) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
        };
    }
}
