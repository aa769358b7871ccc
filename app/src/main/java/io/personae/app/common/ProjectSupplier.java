package io.personae.app.common;

import io.personae.analytics.project.Project;
import java.util.function.Consumer;

/// Hands out the open project, creating an untitled one first when none is open, so that
/// importing works from the first start without asking where to keep a project.
@FunctionalInterface
public interface ProjectSupplier {

    /// Calls `action` on the JavaFX thread with the open project, at once or after creating one;
    /// not at all if creating fails (the user has then been told).
    void withProject(Consumer<Project> action);
}
