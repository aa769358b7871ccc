package io.personae.app.importing;

import java.util.List;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;

/// Combo boxes and radio buttons over a fixed set of values shown by their words.
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

    /// Two radio buttons bound both ways to `property`: the first is selected unless the
    /// property holds the second's value.
    static <T> List<RadioButton> radios(Property<T> property, T first, String firstText, T second, String secondText) {
        ToggleGroup group = new ToggleGroup();
        RadioButton one = new RadioButton(firstText);
        RadioButton other = new RadioButton(secondText);
        one.setUserData(first);
        other.setUserData(second);
        one.setToggleGroup(group);
        other.setToggleGroup(group);
        property.subscribe(value -> group.selectToggle(second.equals(value) ? other : one));
        group.selectedToggleProperty().subscribe(selected -> {
            if (selected != null) {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                property.setValue(value);
            }
        });
        return List.of(one, other);
    }
}
