package io.personae.app;

import io.personae.app.shell.StartupArguments;
import io.personae.app.shell.Workbench;
import io.personae.app.shell.WorkbenchConfig;
import javafx.application.Application;
import javafx.stage.Stage;

/// The JavaFX application: one workbench window.
public final class PersonaeApp extends Application {

    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        workbench = Workbench.create(stage, WorkbenchConfig.forUser(stage));
        stage.show();
        workbench.start(StartupArguments.parse(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
