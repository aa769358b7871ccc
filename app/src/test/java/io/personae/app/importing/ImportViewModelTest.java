package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.project.Project;
import io.personae.app.common.CancelOnProgressRunner;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.TestData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final FakeDialogService dialogs = new FakeDialogService();
    private Project project;

    @BeforeEach
    void openProject() throws Exception {
        project = Project.open(folder.resolve("test.mv.db"));
        session.show(project);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private ImportViewModel viewModel(TaskRunner runner) {
        return new ImportViewModel(session, runner, dialogs, action -> action.accept(project));
    }

    @Test
    void givenAnOrdersFile_whenChosen_thenTheDialogShowsItsPreviewWithGuessedRoles() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        dialogs.willOpen(TestData.orders(folder));

        viewModel.begin();

        assertTrue(viewModel.showingProperty().get());
        assertEquals(12, viewModel.previewProperty().get().rows().size());
        assertEquals(DataKind.TRANSACTIONS, viewModel.roles().kindProperty().get());
        assertEquals("Customer ID", viewModel.roles().customerIdProperty().get());
        assertEquals("Order Date", viewModel.roles().orderDateProperty().get());
        assertEquals("Order Total", viewModel.roles().amountProperty().get());
        assertEquals("Email", viewModel.roles().emailProperty().get());
        assertEquals("", viewModel.validationProperty().get());
        assertTrue(viewModel.canImportProperty().get());
    }

    @Test
    void givenNoOrderDate_whenValidated_thenTheMessageAsksForOneAndImportIsOff() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(folder));

        viewModel.roles().orderDateProperty().set(null);

        assertTrue(viewModel.validationProperty().get().startsWith("Transaction data needs an order date column and an order amount column"),
                viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }

    @Test
    void givenOneColumnForDateAndAmount_whenValidated_thenTheMessageAsksForDifferentColumns() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(folder));

        viewModel.roles().amountProperty().set("Order Date");

        assertTrue(viewModel.validationProperty().get().startsWith("Choose different columns"), viewModel.validationProperty().get());
    }

    @Test
    void givenCustomerRowsWithoutFeatures_whenAFeatureIsTicked_thenTheMappingBecomesValid() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(folder));

        viewModel.roles().kindProperty().set(DataKind.CUSTOMERS);
        assertEquals("Customer data needs at least one numeric column to segment on.", viewModel.validationProperty().get());

        viewModel.roles().featureProperty("Order Total").set(true);
        assertEquals("", viewModel.validationProperty().get());
        assertTrue(viewModel.roles().numericColumns().contains("Order Total"));
        assertFalse(viewModel.roles().numericColumns().contains("Email"));
    }

    @Test
    void givenAnEmptyFile_whenChosen_thenAnErrorNamesTheFileAndNoDialogStaysOpen() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        dialogs.willOpen(empty);

        viewModel.begin();

        assertFalse(viewModel.showingProperty().get());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().getFirst().contains("empty.csv"), dialogs.errors().getFirst());
    }

    @Test
    void givenValidRoles_whenImported_thenTheSessionShowsTheCustomersAndTheSummary() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(folder));

        viewModel.importNow();

        assertFalse(viewModel.showingProperty().get());
        assertEquals(4, session.snapshot().customers().size());
        assertTrue(session.noticeProperty().get().startsWith("Imported orders.csv"), session.noticeProperty().get());
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenImportedCustomers_whenTheNextImportIsCancelled_thenThePreviousCustomersRemain() throws Exception {
        CancelOnProgressRunner runner = new CancelOnProgressRunner();
        ImportViewModel viewModel = viewModel(runner);
        viewModel.load(TestData.orders(folder));
        viewModel.importNow();
        var before = session.snapshot();

        viewModel.load(TestData.customers(folder));
        runner.cancelNextJob();
        viewModel.importNow();

        assertSame(before, session.snapshot());
        assertEquals(4, project.customers().orElseThrow().size());
        assertTrue(session.noticeProperty().get().contains("cancelled"), session.noticeProperty().get());
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenTheSampleOrders_whenChosen_thenCountryIsTickedAsACategoryAndPassedToTheImport() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        Path sample = folder.resolve("online-shop-orders.csv");
        try (InputStream in = getClass().getResourceAsStream("/samples/online-shop-orders.csv")) {
            Files.copy(in, sample);
        }

        viewModel.load(sample);

        assertTrue(viewModel.roles().categoryProperty("Country").get());
        assertFalse(viewModel.roles().categoryProperty("Email").get());
        assertEquals(List.of("Country"), viewModel.options().categoryColumns());
    }

    @Test
    void givenARoleColumnTickedAsACategory_whenValidated_thenTheMessageAsksToUntickIt() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(folder));

        viewModel.roles().categoryProperty("Email").set(true);

        assertEquals("Column 'Email' already has a role above; untick it as a category.", viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }
}
