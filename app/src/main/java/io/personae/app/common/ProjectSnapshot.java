package io.personae.app.common;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;

/// What the window shows of the open project, replaced as a whole so listeners never see a
/// project with the customers of another.
///
/// @param project      the open project, or `null`
/// @param customers    its customers, or `null` before the first import
/// @param segmentation the segmentation shown, or `null`
/// @param lastImport   what the last import did, or `null`
public record ProjectSnapshot(Project project, CustomerTable customers, Segmentation segmentation, ImportSummary lastImport) {

    public static final ProjectSnapshot NONE = new ProjectSnapshot(null, null, null, null);

    /// The project's current state.
    public static ProjectSnapshot of(Project project) {
        return new ProjectSnapshot(project, project.customers().orElse(null), project.segmentation().orElse(null),
                project.lastImport().orElse(null));
    }

    public ProjectSnapshot withSegmentation(Segmentation shown) {
        return new ProjectSnapshot(project, customers, shown, lastImport);
    }

    public boolean hasCustomers() {
        return customers != null && customers.size() > 0;
    }
}
