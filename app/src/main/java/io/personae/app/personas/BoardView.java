package io.personae.app.personas;

import io.personae.app.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The persona board: the scorecard's warnings above the cards, side by side.
final class BoardView {

    static final String WARNINGS_ID = "persona-warnings";
    static final String PLACEHOLDER_ID = "board-placeholder";

    private final StackPane root;

    BoardView(PersonasViewModel viewModel) {
        VBox warnings = new VBox(2);
        warnings.setId(WARNINGS_ID);
        warnings.getStyleClass().add(Styles.WARNINGS);
        Runnable showWarnings = () -> {
            warnings.getChildren().setAll(viewModel.warnings().stream().map(BoardView::warning).toList());
            warnings.setVisible(!viewModel.warnings().isEmpty());
            warnings.setManaged(warnings.isVisible());
        };
        viewModel.warnings().addListener((ListChangeListener<String>) change -> showWarnings.run());
        showWarnings.run();

        FlowPane flow = new FlowPane();
        flow.getStyleClass().add(Styles.CARDS);
        viewModel.cards().addListener((ListChangeListener<BoardCardViewModel>) change -> flow.getChildren().setAll(
                viewModel.cards().stream().map(card -> new BoardCardView(card, () -> viewModel.select(card.identity())).root()).toList()));
        VBox content = new VBox(warnings, flow);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.CARDS_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label placeholder = new Label();
        placeholder.setId(PLACEHOLDER_ID);
        placeholder.getStyleClass().addAll(Styles.SUBTLE, Styles.PLACEHOLDER);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        root = new StackPane(scroll, placeholder);
    }

    Node root() {
        return root;
    }

    private static Label warning(String text) {
        Label label = new Label("⚠ " + text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.WARNING);
        return label;
    }
}
