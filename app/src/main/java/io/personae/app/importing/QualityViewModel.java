package io.personae.app.importing;

import io.personae.analytics.importer.ColumnQuality;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.importer.RejectedRow;
import io.personae.analytics.project.Project;
import io.personae.app.common.DialogService;
import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The data quality report of the project's last import, as stored in the workspace: rows read
/// and left out (why, and on which lines), per-column figures, the cleaning done and the notes.
public final class QualityViewModel {

    public static final String MENU_TEXT = "Data quality report";
    static final String NO_REPORT = "This project has no data quality report yet: it is made by each import."
            + " Import the file (again) to get one.";

    private record Loaded(QualityReport report, ImportSummary summary) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", MENU_TEXT);
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ObservableList<ColumnQuality> columns = FXCollections.observableArrayList();
    private final ObservableList<String> rejections = FXCollections.observableArrayList();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final BooleanBinding available;

    public QualityViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        available = Bindings.createBooleanBinding(() -> session.snapshot().hasCustomers(), session.snapshotProperty());
    }

    /// Reads the stored report in the background and shows it; says so when there is none.
    public void show() {
        Optional<Project> open = session.project();
        if (open.isEmpty()) {
            dialogs.showInformation(MENU_TEXT, NO_REPORT);
            return;
        }
        Project project = open.get();
        runner.run("Reading the data quality report", progress -> new Loaded(project.qualityReport().orElse(null),
                project.lastImport().orElse(null)), loaded -> {
                    if (loaded.report() == null) {
                        dialogs.showInformation(MENU_TEXT, NO_REPORT);
                    } else {
                        fill(loaded);
                        showing.set(true);
                    }
                }, error -> UserErrors.report(dialogs, "Cannot read the data quality report", error));
    }

    public void close() {
        showing.set(false);
    }

    private void fill(Loaded loaded) {
        QualityReport report = loaded.report();
        title.set(loaded.summary() == null ? MENU_TEXT : MENU_TEXT + " — " + loaded.summary().file().getFileName());
        figures.set(report.summaryLine().replaceFirst("^Quality: ", ""));
        columns.setAll(report.columns());
        rejections.clear();
        for (Map.Entry<String, Long> reason : report.rejectionReasons().entrySet()) {
            rejections.add(Formats.count(reason.getValue()) + " rows: " + reason.getKey());
        }
        for (RejectedRow row : report.rejectedRows()) {
            rejections.add("Line " + Formats.count(row.line()) + ": " + row.reason());
        }
        if (report.rowsRejected() > report.rejectedRows().size() && !report.rejectedRows().isEmpty()) {
            rejections.add("(the first " + report.rejectedRows().size() + " rows left out are listed)");
        }
        if (rejections.isEmpty()) {
            rejections.add("No row was left out.");
        }
        steps.setAll(report.steps().isEmpty() ? List.of("No cleaning changed the data.") : report.steps());
        notes.setAll(report.notes().isEmpty() ? List.of("Nothing to note.") : report.notes());
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /// Whether there is imported data whose report can be shown.
    public BooleanBinding availableProperty() {
        return available;
    }

    /// "Data quality report — orders.csv"
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /// "998 rows read, 46 rejected, 0 duplicate rows, 61 outliers, 0 invalid emails"
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /// One entry per column of the file, in file order.
    public ObservableList<ColumnQuality> columns() {
        return columns;
    }

    /// The reasons rows were left out with their counts, then the first rows with their line.
    public ObservableList<String> rejections() {
        return rejections;
    }

    /// The cleaning done, in words.
    public ObservableList<String> steps() {
        return steps;
    }

    /// Choices the importer made that the user should check (the date order and why...).
    public ObservableList<String> notes() {
        return notes;
    }
}
