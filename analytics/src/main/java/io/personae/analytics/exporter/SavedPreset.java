package io.personae.analytics.exporter;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/// A preset a user saved under their own name: a base preset and the extra columns they pick
/// each time ("Klaviyo with country and spend"). Kept in the workspace.
///
/// @param name    the user's name for it, unique in the workspace ignoring case, at most [#MAX_NAME] characters
/// @param base    the preset whose columns and rules apply
/// @param columns the table's features and categories to add, in order, each at most once
public record SavedPreset(String name, ExportPreset base, List<String> columns) {

    public static final int MAX_NAME = 60;

    public SavedPreset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the preset a name.");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("The preset name '" + name + "' is longer than " + MAX_NAME
                    + " characters; shorten it.");
        }
        Objects.requireNonNull(base, "Choose the preset this one builds on.");
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column == null || column.isBlank() || !seen.add(column.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Each extra column is picked once and needs a name.");
            }
        }
    }
}
