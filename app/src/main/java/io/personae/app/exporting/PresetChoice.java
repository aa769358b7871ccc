package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.SavedPreset;
import java.util.List;
import java.util.Objects;

/// One entry of the preset list: a built-in preset, or one the user saved on top of a built-in.
///
/// @param label what the list shows ("Klaviyo", "Spring list (Klaviyo)")
/// @param base  the built-in preset whose columns and rules apply
/// @param saved the user's preset, `null` for a built-in
public record PresetChoice(String label, ExportPreset base, SavedPreset saved) {

    public PresetChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(base, "base");
    }

    static PresetChoice builtIn(ExportPreset preset) {
        return new PresetChoice(preset.label(), preset, null);
    }

    static PresetChoice of(SavedPreset saved) {
        return new PresetChoice(saved.name() + " (" + saved.base().label() + ")", saved.base(), saved);
    }

    /// The extra columns the saved preset picks; none for a built-in.
    List<String> columns() {
        return saved == null ? List.of() : saved.columns();
    }

    boolean isSaved() {
        return saved != null;
    }

    @Override
    public String toString() {
        return label;
    }
}
