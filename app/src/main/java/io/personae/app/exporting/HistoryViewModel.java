package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.project.Project;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The export history: every list written from the workspace, who was in the one selected, and
/// writing the same list again on the current data ("who got the spring campaign, and send the
/// follow-up to the same people").
public final class HistoryViewModel {

    /// Customers listed for the selected export; the count says how many there were in all.
    static final int SHOWN = 1_000;

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ObservableList<HistoryRow> exports = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ExportedCustomer> customers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper customerCount = new ReadOnlyStringWrapper(this, "customerCount", "");
    private final BooleanBinding available;
    private final BooleanBinding canExportAgain = selected.isNotNull();

    public HistoryViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.available = Bindings.createBooleanBinding(() -> session.snapshot().project() != null, session.snapshotProperty());
        selected.addListener((observable, was, now) -> showCustomers(now));
    }

    /// Shows the history, read afresh in the background.
    public void open() {
        if (session.project().isEmpty()) {
            return;
        }
        showing.set(true);
        refresh();
    }

    public void close() {
        showing.set(false);
    }

    private void refresh() {
        Optional<Project> project = session.project();
        if (project.isEmpty()) {
            return;
        }
        runner.run("Reading the export history", progress -> project.get().exportHistory(), records -> {
            long wanted = selected.get() == null ? -1 : selected.get().record().id();
            exports.setAll(records.stream().map(HistoryRow::of).toList());
            selected.set(exports.stream().filter(row -> row.record().id() == wanted).findFirst().orElse(null));
        }, error -> UserErrors.report(dialogs, "Could not read the export history", error));
    }

    private void showCustomers(HistoryRow row) {
        customers.clear();
        customerCount.set("");
        Optional<Project> project = session.project();
        if (row == null || project.isEmpty()) {
            return;
        }
        long id = row.record().id();
        customerCount.set("Reading who was in export #" + id + "…");
        runner.run("Reading who was in export #" + id, progress -> project.get().customersOf(id), listed -> {
            // the user may have moved on while the worker read an earlier selection
            if (selected.get() == row) {
                customers.setAll(listed.subList(0, Math.min(SHOWN, listed.size())));
                customerCount.set(describe(row, listed.size()));
            }
        }, error -> {
            customerCount.set("");
            UserErrors.report(dialogs, "Could not read export #" + id, error);
        });
    }

    /// "4,000 customers (the first 1,000 shown) · Segment 1 Loyal big spenders".
    private static String describe(HistoryRow row, int count) {
        String shown = count > SHOWN ? " (the first " + Formats.count(SHOWN) + " shown)" : "";
        return Formats.count(count) + " customers" + shown + " · " + row.segmentNames();
    }

    /// Writes the selected export again on the current data (the same preset, segments by number,
    /// columns, shares and seed) to a file the user chooses.
    public void exportAgain() {
        HistoryRow row = selected.get();
        Optional<Project> project = session.project();
        if (row == null || project.isEmpty()) {
            return;
        }
        FileType type = row.record().target().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? ExportViewModel.XLSX : ExportViewModel.CSV;
        Optional<Path> chosen = dialogs.chooseFileToSave("Export #" + row.record().id() + " again on the current data",
                againName(row.file()), List.of(type)).map(type::withExtension);
        if (chosen.isEmpty()) {
            return;
        }
        long id = row.record().id();
        runner.run("Exporting #" + id + " again to " + chosen.get().getFileName(),
                progress -> project.get().reexport(id, chosen.get(), progress), summary -> {
                    reportAgain(id, summary);
                    refresh();
                }, error -> {
                    if (CancelledJob.is(error)) {
                        session.setNotice("Export cancelled; no file was written.");
                    } else {
                        UserErrors.report(dialogs, "Could not export #" + id + " again", error);
                    }
                });
    }

    private void reportAgain(long id, ExportSummary summary) {
        session.setNotice(summary.describe() + " (export #" + id + " again)");
        dialogs.showInformation("Export finished", "Export #" + id + " again, on the current data:\n"
                + String.join("\n", summary.lines()) + "\n\nThe file is " + summary.target().toAbsolutePath() + ".");
    }

    /// "spring-again.csv" for "spring.csv".
    static String againName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) + "-again" + file.substring(dot) : file + "-again";
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /// Past exports, newest first.
    public ObservableList<HistoryRow> exports() {
        return exports;
    }

    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    /// The first [#SHOWN] customers of the selected export, in file order, with their variant.
    public ObservableList<ExportedCustomer> customers() {
        return customers;
    }

    /// How many customers the selected export had, and which segments.
    public ReadOnlyStringProperty customerCountProperty() {
        return customerCount.getReadOnlyProperty();
    }

    public BooleanBinding canExportAgainProperty() {
        return canExportAgain;
    }

    /// Whether a project is open, so there is a history to show.
    public BooleanBinding availableProperty() {
        return available;
    }
}
