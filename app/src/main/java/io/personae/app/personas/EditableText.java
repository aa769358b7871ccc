package io.personae.app.personas;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One editable text of a persona card (name, description or notes): what it says, the draft
/// while the user types, and why the last attempt to keep it was refused.
///
/// Editing starts, is committed or cancelled here; saving is the owner's: [#commit()] hands the
/// draft to the saver with a callback for a refusal, and the saved text arrives through [#show].
public final class EditableText {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BiConsumer<String, Consumer<String>> saver;

    /// @param saver receives the draft and a callback to call with a message when it is refused
    EditableText(String initial, BiConsumer<String, Consumer<String>> saver) {
        this.saver = saver;
        text.set(initial);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    /// What the editor holds while editing.
    public StringProperty draftProperty() {
        return draft;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public boolean isEditing() {
        return editing.get();
    }

    /// True from a commit until the saved text or a refusal arrives.
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /// Why the last draft was refused, or "".
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Starts editing with the current text as the draft.
    public void startEdit() {
        if (!editing.get()) {
            draft.set(text.get());
            error.set("");
            editing.set(true);
        }
    }

    /// Leaves the text as it was.
    public void cancel() {
        editing.set(false);
        error.set("");
    }

    /// Asks to keep the draft; an unchanged draft just ends editing.
    public void commit() {
        if (!editing.get() || saving.get()) {
            return;
        }
        String wanted = draft.get() == null ? "" : draft.get();
        if (wanted.strip().equals(text.get().strip())) {
            cancel();
            return;
        }
        saving.set(true);
        error.set("");
        saver.accept(wanted, this::refused);
    }

    /// Shows the text as saved (or as the run now says), ending an edit that was being saved.
    void show(String saved) {
        text.set(saved);
        if (saving.get()) {
            saving.set(false);
            editing.set(false);
        }
    }

    private void refused(String message) {
        saving.set(false);
        error.set(message);
    }
}
