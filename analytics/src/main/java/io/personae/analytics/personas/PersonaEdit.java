package io.personae.analytics.personas;

import java.util.Optional;

/// What a user changed on a persona, kept per segment identity so it follows the segment across
/// re-runs (see [io.personae.analytics.segmentation.SegmentMatcher]).
///
/// @param identity    the segment's identity (its number minus one)
/// @param name        the user's name for it, or `null` to keep the generated one
/// @param description the user's description, or `null` to keep the generated one
/// @param notes       the user's notes; empty when none
public record PersonaEdit(int identity, String name, String description, String notes) {

    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 600;
    public static final int MAX_NOTES = 4000;

    public PersonaEdit {
        if (identity < 0) {
            throw new IllegalArgumentException("A segment identity is not negative");
        }
        if (name != null) {
            name = name.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A persona needs a name; type one.");
            }
            limit(name, MAX_NAME, "The name");
            if (name.contains("\n") || name.contains("\r")) {
                throw new IllegalArgumentException("A persona's name fits on one line.");
            }
        }
        if (description != null) {
            description = description.strip();
            limit(description, MAX_DESCRIPTION, "The description");
        }
        notes = notes == null ? "" : notes.strip();
        limit(notes, MAX_NOTES, "The notes");
    }

    /// No change yet for this identity.
    public static PersonaEdit none(int identity) {
        return new PersonaEdit(identity, null, null, "");
    }

    public Optional<String> editedName() {
        return Optional.ofNullable(name);
    }

    public Optional<String> editedDescription() {
        return Optional.ofNullable(description);
    }

    public PersonaEdit withName(String newName) {
        return new PersonaEdit(identity, newName, description, notes);
    }

    public PersonaEdit withDescription(String newDescription) {
        return new PersonaEdit(identity, name, newDescription, notes);
    }

    public PersonaEdit withNotes(String newNotes) {
        return new PersonaEdit(identity, name, description, newNotes);
    }

    private static void limit(String text, int max, String what) {
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " has " + text.length() + " characters; keep it to " + max + ".");
        }
    }
}
