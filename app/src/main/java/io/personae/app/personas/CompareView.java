package io.personae.app.personas;

import io.personae.app.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// Two segments side by side, chosen in two lists.
final class CompareView {

    static final String LEFT_ID = "compare-left";
    static final String RIGHT_ID = "compare-right";
    static final String TABLE_ID = "compare-table";

    private final VBox root;

    CompareView(CompareViewModel viewModel) {
        ComboBox<CompareViewModel.Choice> left = choice(viewModel, LEFT_ID);
        left.valueProperty().bindBidirectional(viewModel.leftProperty());
        ComboBox<CompareViewModel.Choice> right = choice(viewModel, RIGHT_ID);
        right.valueProperty().bindBidirectional(viewModel.rightProperty());
        Label with = new Label("compared with");
        with.getStyleClass().add(Styles.FORM_LABEL);
        HBox choices = new HBox(12, left, with, right);
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.getStyleClass().add(Styles.TOOLBAR);

        GridPane table = new GridPane();
        table.setId(TABLE_ID);
        table.getStyleClass().add(Styles.COMPARE_TABLE);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(20);
        ColumnConstraints halves = new ColumnConstraints();
        halves.setPercentWidth(40);
        halves.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().setAll(labels, halves, halves);
        Runnable fill = () -> fill(table, viewModel);
        viewModel.rows().addListener((ListChangeListener<CompareViewModel.Row>) change -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.CARDS_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(choices, scroll);
    }

    Node root() {
        return root;
    }

    private static ComboBox<CompareViewModel.Choice> choice(CompareViewModel viewModel, String id) {
        ComboBox<CompareViewModel.Choice> box = new ComboBox<>(viewModel.choices());
        box.setId(id);
        box.setPrefWidth(380);
        return box;
    }

    private static void fill(GridPane table, CompareViewModel viewModel) {
        table.getChildren().clear();
        int row = 0;
        for (CompareViewModel.Row line : viewModel.rows()) {
            if (!line.section().isEmpty()) {
                Label section = new Label(line.section());
                section.getStyleClass().add(Styles.SECTION);
                table.add(section, 0, row++, 3, 1);
            }
            Label label = cell(line.label(), Styles.FEATURE_NAME);
            table.add(label, 0, row);
            table.add(cell(line.left(), Styles.COMPARE_VALUE), 1, row);
            table.add(cell(line.right(), Styles.COMPARE_VALUE), 2, row);
            row++;
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
