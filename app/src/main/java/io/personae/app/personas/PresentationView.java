package io.personae.app.personas;

import io.personae.app.common.Palette;
import io.personae.app.common.Styles;
import io.personae.app.common.Theme;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/// The presentation: a borderless window over the whole screen showing one persona at a time in
/// large type. Arrow keys, Page Up/Down, Space, Home and End move; Escape leaves.
final class PresentationView {

    static final String ROOT_ID = "presentation";
    static final String NAME_ID = "presentation-name";
    static final String HINT = "← → to move · Esc to leave";

    private final Stage stage;

    PresentationView(Window owner, PresentationViewModel viewModel) {
        Region stripe = new Region();
        stripe.getStyleClass().add(Styles.SLIDE_STRIPE);
        Label number = new Label();
        number.getStyleClass().add(Styles.SLIDE_NUMBER);
        Label name = new Label();
        name.setId(NAME_ID);
        name.getStyleClass().add(Styles.SLIDE_NAME);
        Label size = new Label();
        size.getStyleClass().add(Styles.SLIDE_SIZE);
        Label description = new Label();
        description.getStyleClass().add(Styles.SLIDE_DESCRIPTION);
        VBox figures = new VBox();
        figures.getStyleClass().add(Styles.SLIDE_FIGURES);
        Label action = new Label();
        action.getStyleClass().add(Styles.SLIDE_ACTION);
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label footer = new Label();
        footer.getStyleClass().addAll(Styles.SUBTLE, Styles.SLIDE_FOOTER);
        footer.textProperty().bind(viewModel.positionProperty().map(position -> position + " · " + HINT));
        for (Label label : new Label[] {name, description, action}) {
            label.setWrapText(true);
        }

        VBox slide = new VBox(number, name, size, description, figures, action, gap, footer);
        slide.getStyleClass().add(Styles.SLIDE_BODY);
        VBox.setVgrow(slide, Priority.ALWAYS);
        VBox root = new VBox(stripe, slide);
        root.setId(ROOT_ID);
        root.getStyleClass().add(Styles.SLIDE);
        viewModel.slideProperty().subscribe(shown -> {
            stripe.setStyle("-fx-background-color: " + Palette.hex(shown.colour()) + ";");
            number.setText(shown.number());
            name.setText(shown.name());
            size.setText(shown.size());
            description.setText(shown.description());
            figures.getChildren().setAll(shown.figures().stream().map(figure -> {
                Label line = new Label("• " + figure);
                line.setWrapText(true);
                return line;
            }).toList());
            action.setText("Action: " + shown.action());
        });

        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        Theme.apply(scene);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.setTitle("Personas");
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        // decision: maximised and borderless rather than full-screen, so the presentation opens
        // on the screen the window is on without the platform's full-screen animation and banner
        stage.setMaximized(true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case RIGHT, DOWN, PAGE_DOWN, SPACE -> viewModel.next();
                case LEFT, UP, PAGE_UP, BACK_SPACE -> viewModel.previous();
                case HOME -> viewModel.first();
                case END -> viewModel.last();
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
    }
}
