package io.personae.analytics.personas;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// The words users see for each [ActionType], editable so a shop can say "VIP care" for
/// [ActionType#RETAIN]; stored with the workspace.
///
/// @param labels one label per action type, non-blank, at most [#MAX_LENGTH] characters, unique
///               ignoring case (two actions under one word would merge in exports)
public record ActionVocabulary(Map<ActionType, String> labels) {

    public static final int MAX_LENGTH = 40;

    public ActionVocabulary {
        Objects.requireNonNull(labels, "labels");
        EnumMap<ActionType, String> copy = new EnumMap<>(ActionType.class);
        Set<String> seen = new HashSet<>();
        for (ActionType type : ActionType.values()) {
            String label = labels.get(type);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("The action '" + type.defaultLabel() + "' needs a label.");
            }
            label = label.strip();
            if (label.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("The label '" + label + "' is longer than " + MAX_LENGTH
                        + " characters; shorten it.");
            }
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two actions are labelled '" + label + "'; give each its own label.");
            }
            copy.put(type, label);
        }
        labels = Collections.unmodifiableMap(copy);
    }

    /// The plain default labels ("Retain", "Grow (cross-sell)"...).
    public static ActionVocabulary defaults() {
        EnumMap<ActionType, String> labels = new EnumMap<>(ActionType.class);
        for (ActionType type : ActionType.values()) {
            labels.put(type, type.defaultLabel());
        }
        return new ActionVocabulary(labels);
    }

    public String label(ActionType type) {
        return labels.get(type);
    }

    /// This vocabulary with one label changed.
    public ActionVocabulary with(ActionType type, String label) {
        EnumMap<ActionType, String> changed = new EnumMap<>(labels);
        changed.put(type, label);
        return new ActionVocabulary(changed);
    }
}
