package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.app.common.CancelOnProgressRunner;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.TestData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImportViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();

    private ImportViewModel viewModel(TaskRunner runner) {
        return new ImportViewModel(workspace.session(), runner, dialogs, workspace.projects());
    }

    @Test
    void givenAnOrdersFile_whenChosen_thenTheDialogShowsItsPreviewWithGuessedRoles() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        dialogs.willOpen(TestData.orders(workspace.folder()));

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
        viewModel.load(TestData.orders(workspace.folder()));

        viewModel.roles().orderDateProperty().set(null);

        assertTrue(viewModel.validationProperty().get().startsWith("Transaction data needs an order date column and an order amount column"),
                viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }

    @Test
    void givenOneColumnForDateAndAmount_whenValidated_thenTheMessageAsksForDifferentColumns() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(workspace.folder()));

        viewModel.roles().amountProperty().set("Order Date");

        assertTrue(viewModel.validationProperty().get().startsWith("Choose different columns"), viewModel.validationProperty().get());
    }

    @Test
    void givenCustomerRowsWithoutFeatures_whenAFeatureIsTicked_thenTheMappingBecomesValid() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(workspace.folder()));

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
        Path empty = workspace.writeFile("empty.csv", "");
        dialogs.willOpen(empty);

        viewModel.begin();

        assertFalse(viewModel.showingProperty().get());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().getFirst().contains("empty.csv"), dialogs.errors().getFirst());
    }

    @Test
    void givenValidRoles_whenImported_thenTheSessionShowsTheCustomersAndTheSummary() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(workspace.folder()));

        viewModel.importNow();

        assertFalse(viewModel.showingProperty().get());
        assertEquals(4, workspace.session().snapshot().customers().size());
        String notice = workspace.session().noticeProperty().get();
        assertTrue(notice.startsWith("Imported orders.csv"), notice);
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenImportedCustomers_whenTheNextImportIsCancelled_thenThePreviousCustomersRemain() throws Exception {
        CancelOnProgressRunner runner = new CancelOnProgressRunner();
        ImportViewModel viewModel = viewModel(runner);
        viewModel.load(TestData.orders(workspace.folder()));
        viewModel.importNow();
        var before = workspace.session().snapshot();

        viewModel.load(TestData.customers(workspace.folder()));
        runner.cancelNextJob();
        viewModel.importNow();

        assertSame(before, workspace.session().snapshot());
        assertEquals(4, workspace.project().customers().orElseThrow().size());
        String notice = workspace.session().noticeProperty().get();
        assertTrue(notice.contains("cancelled"), notice);
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void givenTheSampleOrders_whenChosen_thenCountryIsTickedAsACategoryAndPassedToTheImport() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        Path sample = workspace.folder().resolve("online-shop-orders.csv");
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
        viewModel.load(TestData.orders(workspace.folder()));

        viewModel.roles().categoryProperty("Email").set(true);

        assertEquals("Column 'Email' already has a role above; untick it as a category.", viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }
}
