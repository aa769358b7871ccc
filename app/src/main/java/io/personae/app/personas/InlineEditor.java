package io.personae.app.personas;

import io.personae.app.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// A text shown as a label that turns into an editor in place: double-click (or the card's F2)
/// starts, Enter (Ctrl+Enter in a text area) keeps, Escape cancels; a refusal shows below it.
final class InlineEditor {

    private final VBox root;
    private final TextInputControl input;

    /// @param multiLine a text area with Save and Cancel buttons instead of a one-line field
    /// @param empty     what the label says while the text is empty ("Double-click to add notes")
    InlineEditor(EditableText text, Label shown, boolean multiLine, String empty) {
        shown.textProperty().bind(text.textProperty().map(t -> t.isBlank() ? empty : t));
        shown.setMaxWidth(Double.MAX_VALUE);
        shown.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                text.startEdit();
            }
        });
        input = multiLine ? new TextArea() : new TextField();
        input.getStyleClass().add(Styles.INLINE_EDITOR);
        input.textProperty().bindBidirectional(text.draftProperty());
        input.disableProperty().bind(text.savingProperty());
        if (input instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(4);
        }
        input.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                text.cancel();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && (!multiLine || event.isShortcutDown())) {
                text.commit();
                event.consume();
            }
        });
        Label error = new Label();
        error.getStyleClass().add(Styles.VALIDATION);
        error.setWrapText(true);
        error.textProperty().bind(text.errorProperty());
        error.visibleProperty().bind(text.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox editor = new VBox(4, input);
        if (multiLine) {
            Button save = new Button("Save");
            save.setOnAction(event -> text.commit());
            Button cancel = new Button("Cancel");
            cancel.setOnAction(event -> text.cancel());
            HBox buttons = new HBox(6, save, cancel);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            editor.getChildren().add(buttons);
        }
        editor.getChildren().add(error);
        show(editor, text.editingProperty().get());
        shown.visibleProperty().bind(text.editingProperty().not());
        shown.managedProperty().bind(shown.visibleProperty());
        text.editingProperty().subscribe(editing -> {
            show(editor, editing);
            if (editing) {
                input.requestFocus();
                input.selectAll();
            }
        });
        root = new VBox(shown, editor);
    }

    Node root() {
        return root;
    }

    TextInputControl input() {
        return input;
    }

    private static void show(Node editor, boolean editing) {
        editor.setVisible(editing);
        editor.setManaged(editing);
    }
}
