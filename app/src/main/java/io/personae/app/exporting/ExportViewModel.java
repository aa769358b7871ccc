package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The export dialog: which segments go into the campaign list, where it is written, and the
/// export itself, in the background.
public final class ExportViewModel {

    static final FileType CSV = new FileType("CSV files", "csv");

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ObservableList<SegmentChoice> choices = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selected()});
    private final BooleanBinding canExport = Bindings.createBooleanBinding(
            () -> choices.stream().anyMatch(choice -> choice.selected().get()), choices);
    private final BooleanBinding available;

    public ExportViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.available = Bindings.createBooleanBinding(() -> session.snapshot().segmentation() != null, session.snapshotProperty());
    }

    /// Opens the dialog with the segments ticked on the persona cards, or all of them.
    public void begin() {
        Segmentation segmentation = session.snapshot().segmentation();
        if (segmentation == null) {
            dialogs.showInformation("Nothing to export yet", "Import a file first; once its customers are segmented, export the segments you choose.");
            return;
        }
        Set<Integer> ticked = session.segmentsForExport();
        choices.setAll(segmentation.personas().stream()
                .map(p -> new SegmentChoice(p.segment(), segmentation.result().identities()[p.segment()],
                        "Segment " + segmentation.number(p) + " · " + p.name() + " · " + Formats.count(p.size()) + " customers",
                        ticked.isEmpty() || ticked.contains(p.segment())))
                .toList());
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    /// Asks for the target file, closes the dialog and exports in the background.
    public void exportNow() {
        Segmentation segmentation = session.snapshot().segmentation();
        Optional<Project> project = session.project();
        if (!canExport.get() || segmentation == null || project.isEmpty()) {
            return;
        }
        Set<Integer> segments = choices.stream().filter(c -> c.selected().get()).map(SegmentChoice::segment)
                .collect(Collectors.toUnmodifiableSet());
        Optional<Path> chosen = dialogs.chooseFileToSave("Export customers for an email campaign", suggestedName(segmentation, segments),
                List.of(CSV)).map(CSV::withExtension);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        showing.set(false);
        runner.run("Exporting to " + target.getFileName(), progress -> project.get().export(new ExportOptions(target, segments), progress),
                summary -> {
                    session.setNotice(summary.describe());
                    dialogs.showInformation("Export finished", summary.describe() + ".\n\nThe file is " + target.toAbsolutePath()
                            + ". Email tools such as Mailchimp or Klaviyo import it as it is.");
                }, error -> {
                    if (CancelledJob.is(error)) {
                        session.setNotice("Export cancelled; no file was written.");
                    } else {
                        UserErrors.report(dialogs, "Export failed", error);
                    }
                });
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ObservableList<SegmentChoice> choices() {
        return choices;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
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
