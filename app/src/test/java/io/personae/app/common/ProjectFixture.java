package io.personae.app.common;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/// An empty project in a real workspace file of a temporary folder, opened and shown in a fresh
/// [Session] before each test, closed and deleted after it: view-model tests then import into the
/// engine itself, not a fake.
///
/// ```java
/// @RegisterExtension
/// final ProjectFixture workspace = new ProjectFixture();
/// ```
///
/// The project is open before the test's own `@BeforeEach` methods run and still open in its
/// `@AfterEach` methods; the test's files go in [#folder()], beside the workspace. The steps
/// [#importCustomers()], [#importOrders()], [#segment(int)] and [#show()] set up the data most
/// view-model tests start from, in the order each test needs.
public final class ProjectFixture implements BeforeEachCallback, AfterEachCallback {

    private static final String FILE_NAME = "test.mv.db";

    private final TestFolder folder = new TestFolder();
    private final Session session = new Session();
    private Project project;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        project = Project.open(folder.path().resolve(FILE_NAME));
        session.show(project);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (project != null) {
                project.close();
            }
        } finally {
            folder.delete();
        }
    }

    /// The test's temporary folder, which also holds the workspace file.
    public Path folder() {
        return folder.path();
    }

    /// Writes `text` to the file `name` of [#folder()], for a test's tiny hand-made data.
    public Path writeFile(String name, String text) throws IOException {
        return Files.writeString(folder().resolve(name), text);
    }

    /// Imports [TestData#customers(Path)], 24 customers in three clear groups, into the project
    /// without showing them: [#show()] does, when the test wants the session to see them.
    public void importCustomers() throws Exception {
        project().importFile(TestData.customers(folder()), TestData.CUSTOMER_ROLES, ProgressMonitor.NONE);
    }

    /// Imports [TestData#orders(Path)], 12 orders of 4 customers, into the project without
    /// showing them.
    public void importOrders() throws Exception {
        project().importFile(TestData.orders(folder()), TestData.ORDER_ROLES, ProgressMonitor.NONE);
    }

    /// Segments the imported customers in `k` with the default seed, without showing the result.
    public void segment(int k) throws Exception {
        project().segment(SegmentationOptions.withK(k), ProgressMonitor.NONE);
    }

    /// Shows the project as it is now, as the workbench does after an import or a run.
    public void show() {
        session.show(project());
    }

    /// The open project.
    public Project project() {
        if (project == null) {
            throw new IllegalStateException("the project opens when a test starts; use it in a test or a @BeforeEach method");
        }
        return project;
    }

    /// The session showing [#project()].
    public Session session() {
        return session;
    }

    /// Hands view models [#project()] at once, as the workbench does once a project is open.
    public ProjectSupplier projects() {
        return action -> action.accept(project());
    }
}
