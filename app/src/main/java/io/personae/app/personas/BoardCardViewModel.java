package io.personae.app.personas;

import io.personae.analytics.personas.Check;
import io.personae.analytics.personas.Light;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaProfile;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// One persona on the board: its words (editable), size and worth, key figures, action and the
/// four traffic lights of the scorecard.
public final class BoardCardViewModel {

    /// One traffic light: "Substantial", green, "12% of customers and 30% of revenue".
    public record LightLine(String criterion, Light light, String reason) {
    }

    /// Saves one field of one persona; implemented by the board.
    interface Saver {
        void save(int identity, PersonaField field, String text, Consumer<String> refused);
    }

    private final int identity;
    private final String number;
    private final String size;
    private final String revenue;
    private final List<String> keyFigures;
    private final String action;
    private final String relationship;
    private final String relationshipRule;
    private final List<LightLine> lights;
    private final EditableText name;
    private final EditableText description;
    private final EditableText notes;
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper(this, "selected", false);

    BoardCardViewModel(ShownAnalysis analysis, int s, Saver saver) {
        PersonaProfile profile = analysis.profiles().get(s);
        Persona persona = analysis.persona(s);
        identity = analysis.identity(s);
        number = analysis.number(s);
        size = PersonaWords.size(profile);
        revenue = PersonaWords.revenue(profile);
        keyFigures = PersonaWords.keyFigures(profile);
        action = PersonaWords.action(analysis, s);
        relationship = PersonaWords.relationship(analysis, s);
        relationshipRule = PersonaWords.relationshipRule(analysis);
        lights = analysis.scorecard().segment(s).checks().stream().map(BoardCardViewModel::line).toList();
        name = new EditableText(persona.name(), (text, refused) -> saver.save(identity, PersonaField.NAME, text, refused));
        description = new EditableText(persona.description(),
                (text, refused) -> saver.save(identity, PersonaField.DESCRIPTION, text, refused));
        notes = new EditableText(persona.notes(), (text, refused) -> saver.save(identity, PersonaField.NOTES, text, refused));
    }

    /// The segment's identity: its colour, and what selections hold.
    public int identity() {
        return identity;
    }

    /// "Segment 3"
    public String number() {
        return number;
    }

    public EditableText name() {
        return name;
    }

    public EditableText description() {
        return description;
    }

    public EditableText notes() {
        return notes;
    }

    public EditableText field(PersonaField field) {
        return switch (field) {
            case NAME -> name;
            case DESCRIPTION -> description;
            case NOTES -> notes;
        };
    }

    /// "812 customers · 16.3%"
    public String size() {
        return size;
    }

    /// "41.2% of revenue", or "" without spend.
    public String revenue() {
        return revenue;
    }

    public List<String> keyFigures() {
        return keyFigures;
    }

    /// "Retain · 62% of its customers"
    public String action() {
        return action;
    }

    /// "Relational: 42% of its customers (all: 35%)", or "" without an order history.
    public String relationship() {
        return relationship;
    }

    /// How customers are told relational, for a tooltip; "" without an order history.
    public String relationshipRule() {
        return relationshipRule;
    }

    public List<LightLine> lights() {
        return lights;
    }

    /// Whether this is the segment picked in a chart or on the board.
    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    void setSelected(boolean value) {
        selected.set(value);
    }

    /// Shows the persona's words as the run now has them.
    void update(Persona persona) {
        name.show(persona.name());
        description.show(persona.description());
        notes.show(persona.notes());
    }

    private static LightLine line(Check check) {
        return new LightLine(check.criterion().label(), check.light(), check.reason());
    }
}
