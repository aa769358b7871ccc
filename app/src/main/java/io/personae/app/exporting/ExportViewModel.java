package io.personae.app.exporting;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPlan;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.Exclusion;
import io.personae.analytics.exporter.PresetColumns;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The export dialog: which segments go into the campaign list and how the file is shaped
/// ([PresetViewModel]), the test groups ([GroupsViewModel]), the check of who will be written
/// and left out, and the export itself, in the background.
public final class ExportViewModel {

    static final FileType CSV = new FileType("CSV files", "csv");
    static final FileType XLSX = new FileType("Excel workbooks", "xlsx");
    /// The target the check runs with: the plan does not depend on where the file goes.
    private static final Path CHECK_TARGET = Path.of("check.csv");

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final PresetViewModel preset;
    private final GroupsViewModel groups = new GroupsViewModel();
    private final Random seeds;
    private final FolderOffer folder;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ObservableList<SegmentChoice> choices = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selected()});
    private final ObservableList<String> checkSummary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkProblem = new ReadOnlyStringWrapper(this, "checkProblem", "");
    private final ObjectProperty<ExportPlan> checked = new SimpleObjectProperty<>(this, "checked");
    private final ObjectProperty<Path> excludedFile = new SimpleObjectProperty<>(this, "excludedFile");
    private final BooleanBinding anySegment = Bindings.createBooleanBinding(
            () -> choices.stream().anyMatch(choice -> choice.selected().get()), choices);
    private final BooleanBinding canExport;
    private final BooleanBinding canSaveExcluded;
    private final BooleanBinding available;
    private final StringBinding headerPreview;
    private final StringBinding excludedNote;

    /// @param folders opens the export's folder when the user asks for it
    public ExportViewModel(Session session, TaskRunner runner, DialogService dialogs, FolderOpener folders) {
        this(session, runner, dialogs, folders, new Random());
    }

    /// @param seeds where the seed offered for test groups comes from; tests pass a seeded one
    ExportViewModel(Session session, TaskRunner runner, DialogService dialogs, FolderOpener folders, Random seeds) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.seeds = seeds;
        this.folder = new FolderOffer(runner, dialogs, folders);
        this.preset = new PresetViewModel(session, runner);
        this.available = Bindings.createBooleanBinding(() -> session.snapshot().segmentation() != null, session.snapshotProperty());
        this.canExport = anySegment.and(groups.validProperty()).and(checking.not());
        // decision: once checked, even when the check found nobody to mail: that list is the one to clean the data with
        this.canSaveExcluded = canExport.and(Bindings.createBooleanBinding(
                () -> checked.get() != null || !checkProblem.get().isEmpty(), checked, checkProblem));
        this.headerPreview = Bindings.createStringBinding(this::header, preset.chosenProperty(), preset.columns(),
                groups.enabledProperty(), groups.validProperty(), session.snapshotProperty());
        this.excludedNote = Bindings.createStringBinding(() -> excludedFile.get() == null ? ""
                : "The customers left out will be saved to " + excludedFile.get().getFileName() + " with the export.", excludedFile);
        List<Observable> inputs = List.of(choices, preset.chosenProperty(), preset.columns(), preset.bomProperty(),
                groups.enabledProperty(), groups.shareAProperty(), groups.shareBProperty(), groups.shareCProperty(),
                groups.holdoutProperty(), groups.thirdVariantProperty(), groups.seedProperty());
        inputs.forEach(input -> input.addListener(observable -> optionsChanged()));
    }

    /// Opens the dialog with the segments ticked on the persona cards, or all of them.
    public void begin() {
        Segmentation segmentation = session.snapshot().segmentation();
        Optional<Project> project = session.project();
        if (segmentation == null || project.isEmpty()) {
            dialogs.showInformation("Nothing to export yet", "Import a file first; once its customers are segmented, export the segments you choose.");
            return;
        }
        Set<Integer> ticked = session.segmentsForExport();
        choices.setAll(segmentation.personas().stream()
                .map(p -> new SegmentChoice(p.segment(), segmentation.result().identities()[p.segment()],
                        "Segment " + segmentation.number(p) + " · " + p.name() + " · " + Formats.count(p.size()) + " customers",
                        ticked.isEmpty() || ticked.contains(p.segment())))
                .toList());
        preset.reset(project.get().exportColumns());
        // decision: a fresh seed each time, shown and editable; it is stored with the export, so
        // the same groups can be drawn again from the history
        groups.reset(seeds.nextInt(1, 1_000_000));
        excludedFile.set(null);
        optionsChanged();
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    /// Works out in the background who the export would write and leave out, and the test
    /// groups, and shows it as a summary.
    public void check() {
        Optional<Project> project = session.project();
        if (!canExport.get() || project.isEmpty()) {
            return;
        }
        ExportOptions options;
        try {
            options = options(CHECK_TARGET);
        } catch (IllegalArgumentException e) {
            checkProblem.set(e.getMessage());
            return;
        }
        checking.set(true);
        runner.run("Checking who can be exported", progress -> project.get().exportPlan(options), plan -> {
            checking.set(false);
            showPlan(plan);
        }, error -> {
            checking.set(false);
            checkProblem.set(UserErrors.describe(error));
        });
    }

    /// Asks where to save the customers the check left out; they are written with the export.
    public void chooseExcludedFile() {
        Optional<Path> chosen = dialogs.chooseFileToSave("Save the customers left out", "left-out.csv", List.of(CSV))
                .map(CSV::withExtension);
        chosen.ifPresent(excludedFile::set);
    }

    /// Asks where to save the customers the export would leave out, and why, and writes only that
    /// list, in the background: for whoever cleans the data, without exporting anyone.
    public void saveExcludedList() {
        CustomerTable table = session.snapshot().customers();
        Segmentation segmentation = session.snapshot().segmentation();
        if (!canSaveExcluded.get() || table == null || segmentation == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Save the customers left out", "left-out.csv", List.of(CSV))
                .map(CSV::withExtension);
        if (chosen.isEmpty()) {
            return;
        }
        ExportOptions options;
        try {
            options = options(CHECK_TARGET).withExcludedFile(null);
        } catch (IllegalArgumentException e) {
            UserErrors.report(dialogs, "Cannot check the export", e);
            return;
        }
        Path file = chosen.get();
        runner.run("Saving the customers left out to " + file.getFileName(),
                progress -> CampaignExporter.writeExcluded(table, segmentation, options, file), report -> {
                    int left = report.excluded().size();
                    String who = Formats.count(left) + (left == 1 ? " customer" : " customers");
                    session.setNotice("Saved the list of " + who + " left out to " + file.getFileName());
                    folder.tell("List of customers left out saved", who + " would be left out of this export; "
                            + file.getFileName() + " lists each with the reason.\n\nThe file is " + file.toAbsolutePath()
                            + ".", file.toAbsolutePath().getParent());
                }, error -> UserErrors.report(dialogs, "Could not save the customers left out", error));
    }

    /// Asks for the target file, closes the dialog and exports in the background.
    public void exportNow() {
        Segmentation segmentation = session.snapshot().segmentation();
        Optional<Project> project = session.project();
        if (!canExport.get() || segmentation == null || project.isEmpty()) {
            return;
        }
        FileType type = preset.base() == ExportPreset.XLSX ? XLSX : CSV;
        List<FileType> types = preset.base() == ExportPreset.HUBSPOT ? List.of(CSV, XLSX) : List.of(type);
        String suggested = suggestedName(segmentation, chosenSegments()).replaceFirst("\\.csv$", "." + type.extensions().getFirst());
        Optional<Path> chosen = dialogs.chooseFileToSave("Export customers for an email campaign", suggested, types)
                .map(file -> preset.base() == ExportPreset.HUBSPOT && file.getFileName().toString().toLowerCase(Locale.ROOT)
                        .endsWith(".xlsx") ? file : type.withExtension(file));
        if (chosen.isEmpty()) {
            return;
        }
        ExportOptions options;
        try {
            options = options(chosen.get());
        } catch (IllegalArgumentException e) {
            UserErrors.report(dialogs, "Cannot export", e);
            return;
        }
        showing.set(false);
        runner.run("Exporting to " + chosen.get().getFileName(), progress -> project.get().export(options, progress),
                this::reportExport, error -> {
                    if (CancelledJob.is(error)) {
                        session.setNotice("Export cancelled; no file was written.");
                    } else {
                        UserErrors.report(dialogs, "Export failed", error);
                    }
                });
    }

    private void reportExport(ExportSummary summary) {
        int left = summary.validation().excluded().size();
        session.setNotice(summary.describe() + (left > 0 ? "; left out " + Formats.count(left) : ""));
        List<Path> files = summary.files();
        String where = files.size() == 1 ? "The file is " + files.getFirst().toAbsolutePath() + "."
                : "The list was split into " + files.size() + " files in " + files.getFirst().toAbsolutePath().getParent()
                        + ":\n" + files.stream().map(f -> "  " + f.getFileName()).collect(Collectors.joining("\n"));
        folder.tell("Export finished", String.join("\n", summary.lines()) + "\n\n" + where,
                files.getFirst().toAbsolutePath().getParent());
    }

    /// The options the dialog describes, written to `target`.
    ///
    /// @throws IllegalArgumentException when they do not fit together (an `.xlsx` name for a CSV preset)
    ExportOptions options(Path target) {
        ExportOptions options = ExportOptions.of(target, preset.base()).withSegments(chosenSegments())
                .withColumns(preset.pickedColumns()).withBom(preset.bomProperty().get()).withExcludedFile(excludedFile.get());
        return groups.split().map(split -> options.withSplit(split, groups.seedValue())).orElse(options);
    }

    /// The header the file will have, as the engine writes it; the reason when it cannot be written.
    private String header() {
        CustomerTable table = session.snapshot().customers();
        if (table == null) {
            return "";
        }
        try {
            return String.join(", ", PresetColumns.header(table, preset.base(), preset.pickedColumns(),
                    groups.split().isPresent()));
        } catch (ExportException e) {
            return e.getMessage();
        }
    }

    private Set<Integer> chosenSegments() {
        return choices.stream().filter(c -> c.selected().get()).map(SegmentChoice::segment)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void showPlan(ExportPlan plan) {
        checked.set(plan);
        groups.customersProperty().set(plan.validation().includedCount());
        List<String> lines = new ArrayList<>();
        lines.add(Formats.count(plan.validation().includedCount()) + " customers will be written.");
        Map<Exclusion, Integer> counts = plan.validation().counts();
        if (counts.isEmpty()) {
            lines.add("Nobody is left out.");
        }
        counts.forEach((reason, count) -> lines.add("Left out, " + reason.label().toLowerCase(Locale.ROOT) + ": "
                + Formats.count(count)));
        lines.addAll(plan.describeGroups());
        checkSummary.setAll(lines);
    }

    /// Any change makes the last check stale; until the next one the hint counts every customer
    /// of the chosen segments.
    private void optionsChanged() {
        checked.set(null);
        checkSummary.clear();
        checkProblem.set("");
        Segmentation segmentation = session.snapshot().segmentation();
        Set<Integer> segments = chosenSegments();
        int total = segmentation == null ? 0 : segmentation.personas().stream().filter(p -> segments.contains(p.segment()))
                .mapToInt(Persona::size).sum();
        groups.customersProperty().set(total);
    }

    public PresetViewModel preset() {
        return preset;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /// Whether a check runs in the background.
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ObservableList<SegmentChoice> choices() {
        return choices;
    }

    /// The header row the file will have, "Email, First Name, ...".
    public StringBinding headerPreviewProperty() {
        return headerPreview;
    }

    /// The last check's findings, one line each; empty until checked or after a change.
    public ObservableList<String> checkSummary() {
        return checkSummary;
    }

    /// Why the last check failed ("Segment 3 has no customer with a valid email address..."), "" when it did not.
    public ReadOnlyStringProperty checkProblemProperty() {
        return checkProblem.getReadOnlyProperty();
    }

    /// The last check's plan, `null` until checked or after a change.
    public ObjectProperty<ExportPlan> checkedProperty() {
        return checked;
    }

    /// Where the customers left out go, `null` for nowhere.
    public ObjectProperty<Path> excludedFileProperty() {
        return excludedFile;
    }

    public StringBinding excludedNoteProperty() {
        return excludedNote;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /// Whether the list of customers left out can be saved on its own: after a check.
    public BooleanBinding canSaveExcludedProperty() {
        return canSaveExcluded;
    }

    /// Whether there is a segmentation to export.
    public BooleanBinding availableProperty() {
        return available;
    }

    /// "loyal-high-spenders.csv" for one segment, "segments.csv" for several.
    static String suggestedName(Segmentation segmentation, Set<Integer> segments) {
        if (segments.size() != 1) {
            return "segments.csv";
        }
        int segment = segments.iterator().next();
        String name = segmentation.personas().stream().filter(p -> p.segment() == segment).map(Persona::name).findFirst().orElse("segment");
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "segment" : slug) + ".csv";
    }
}
