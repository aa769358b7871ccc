package io.personae.app.shell;

import io.personae.app.common.BackgroundStatus;
import io.personae.app.common.Formats;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/// The main window's own state: its title, the status bar, and whether there is anything to
/// show yet.
public final class ShellViewModel {

    static final String APP_NAME = "Personae";

    private final BackgroundStatus status;
    private final StringBinding title;
    private final StringBinding customerCount;
    private final StringBinding statusText;
    private final BooleanBinding hasCustomers;

    public ShellViewModel(Session session, BackgroundStatus status) {
        this.status = status;
        title = Bindings.createStringBinding(() -> {
            ProjectSnapshot snapshot = session.snapshot();
            return snapshot.project() == null ? APP_NAME : snapshot.project().file().getFileName() + " — " + APP_NAME;
        }, session.snapshotProperty());
        customerCount = Bindings.createStringBinding(() -> {
            ProjectSnapshot snapshot = session.snapshot();
            if (snapshot.project() == null) {
                return "No project open";
            }
            return snapshot.hasCustomers() ? Formats.count(snapshot.customers().size()) + " customers" : "No customers yet";
        }, session.snapshotProperty());
        statusText = Bindings.createStringBinding(() -> status.isRunning() ? status.messageProperty().get() : session.noticeProperty().get(),
                status.runningProperty(), status.messageProperty(), session.noticeProperty());
        hasCustomers = Bindings.createBooleanBinding(() -> session.snapshot().hasCustomers(), session.snapshotProperty());
    }

    /// "orders.mv.db — Personae"
    public StringBinding titleProperty() {
        return title;
    }

    /// "5,000 customers"
    public StringBinding customerCountProperty() {
        return customerCount;
    }

    /// What the running job does, else the outcome of the last one.
    public StringBinding statusTextProperty() {
        return statusText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.runningProperty();
    }

    /// 0..1, -1 when unknown.
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public BooleanBinding hasCustomersProperty() {
        return hasCustomers;
    }

    /// The status bar's Cancel button.
    public void cancel() {
        status.cancelAll();
    }
}
