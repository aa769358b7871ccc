package io.personae.app.importing;

import java.util.List;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/// Combo boxes over a fixed set of values shown by their words.
final class ChoiceBoxes {

    private ChoiceBoxes() {
    }

    /// A combo box bound both ways to `property`, listing `words`' keys in order.
    static <T> ComboBox<T> of(Map<T, String> words, Property<T> property) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(List.copyOf(words.keySet()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.getOrDefault(value, String.valueOf(value));
            }

            @Override
            public T fromString(String text) {
                return words.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
