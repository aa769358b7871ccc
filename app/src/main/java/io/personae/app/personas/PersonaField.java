package io.personae.app.personas;

/// The words of a persona a user can edit.
public enum PersonaField {
    NAME("name"), DESCRIPTION("description"), NOTES("notes");

    private final String word;

    PersonaField(String word) {
        this.word = word;
    }

    /// "name", for messages.
    public String word() {
        return word;
    }
}
