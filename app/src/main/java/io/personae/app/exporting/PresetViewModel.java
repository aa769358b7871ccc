package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.project.Project;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The shape of the file in the export dialog: the preset (built in or saved by the user), the
/// extra columns, the byte order mark for Excel, and saving the choice as a preset of one's own.
public final class PresetViewModel {

    private final Session session;
    private final TaskRunner runner;
    private final ObservableList<PresetChoice> presets = FXCollections.observableArrayList();
    private final ObjectProperty<PresetChoice> chosen = new SimpleObjectProperty<>(this, "chosen",
            PresetChoice.builtIn(ExportPreset.GENERIC_CSV));
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList(
            column -> new Observable[] {column.selected()});
    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom", false);
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final StringBinding description = Bindings.createStringBinding(this::describeChosen, chosen);

    public PresetViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        chosen.addListener((observable, was, now) -> {
            if (now != null && now.isSaved()) {
                Set<String> wanted = new HashSet<>(now.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
                columns.forEach(c -> c.selected().set(wanted.contains(c.name().toLowerCase(Locale.ROOT))));
            }
        });
        presets.setAll(Arrays.stream(ExportPreset.values()).map(PresetChoice::builtIn).toList());
    }

    /// The built-in presets with the plain CSV chosen, the table's columns unticked, then the
    /// presets saved in the workspace, read in the background.
    void reset(List<String> available) {
        presets.setAll(Arrays.stream(ExportPreset.values()).map(PresetChoice::builtIn).toList());
        chosen.set(presets.get(ExportPreset.GENERIC_CSV.ordinal()));
        columns.setAll(available.stream().map(ColumnChoice::new).toList());
        bom.set(false);
        newName.set("");
        saveMessage.set("");
        session.project().ifPresent(project -> runner.run("Reading the saved export presets", progress -> project.savedPresets(),
                saved -> saved.forEach(this::add), error -> saveMessage.set(UserErrors.describe(error))));
    }

    /// The built-in preset whose rules apply.
    public ExportPreset base() {
        PresetChoice choice = chosen.get();
        return choice == null ? ExportPreset.GENERIC_CSV : choice.base();
    }

    /// The ticked columns, in the table's order.
    public List<String> pickedColumns() {
        return columns.stream().filter(c -> c.selected().get()).map(ColumnChoice::name).toList();
    }

    /// Keeps the current preset and columns in the workspace under the typed name and chooses it.
    public void saveAsPreset() {
        Optional<Project> project = session.project();
        SavedPreset preset;
        try {
            preset = new SavedPreset(newName.get(), base(), pickedColumns());
        } catch (IllegalArgumentException e) {
            saveMessage.set(e.getMessage());
            return;
        }
        if (project.isEmpty()) {
            return;
        }
        runner.run("Saving the export preset " + preset.name(), progress -> {
            project.get().savePreset(preset);
            return preset;
        }, saved -> {
            chosen.set(add(saved));
            newName.set("");
            saveMessage.set("Saved as \u201c" + saved.name() + "\u201d; pick it from the list next time.");
        }, error -> saveMessage.set(UserErrors.describe(error)));
    }

    /// Adds `saved` to the list, replacing one of the same name (ignoring case), and returns its entry.
    private PresetChoice add(SavedPreset saved) {
        PresetChoice entry = PresetChoice.of(saved);
        List<PresetChoice> kept = new ArrayList<>(presets.stream()
                .filter(p -> !p.isSaved() || !p.saved().name().equalsIgnoreCase(saved.name())).toList());
        kept.add(entry);
        PresetChoice current = chosen.get();
        presets.setAll(kept);
        if (current != null && presets.contains(current)) {
            chosen.set(current);
        }
        return entry;
    }

    private String describeChosen() {
        PresetChoice choice = chosen.get();
        if (choice == null) {
            return "";
        }
        String rules = PresetRules.describe(choice.base());
        if (!choice.isSaved()) {
            return rules;
        }
        String extra = choice.columns().isEmpty() ? "no extra columns" : "the columns " + String.join(", ", choice.columns());
        return "Your preset: " + choice.base().label() + " with " + extra + ". " + rules;
    }

    public ObservableList<PresetChoice> presets() {
        return presets;
    }

    public ObjectProperty<PresetChoice> chosenProperty() {
        return chosen;
    }

    /// The features and categories of the customer table, to tick as extra columns.
    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    /// The name to save the current choice under.
    public StringProperty newNameProperty() {
        return newName;
    }

    /// What became of the last save, or why it was refused.
    public ReadOnlyStringProperty saveMessageProperty() {
        return saveMessage.getReadOnlyProperty();
    }

    /// The chosen preset's rules in words.
    public StringBinding descriptionProperty() {
        return description;
    }
}
