package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import io.personae.app.common.SteppingTaskRunner;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/// The import dialog's overrides of the guess: each reloads the preview or changes the mapping.
class ImportChoicesTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();

    private ImportViewModel viewModel(TaskRunner runner) {
        return new ImportViewModel(workspace.session(), runner, dialogs, workspace.projects());
    }

    private Path fixture(String name) throws IOException {
        Path file = workspace.folder().resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void givenASemicolonFileReadAsPipe_whenTheDelimiterIsSetToSemicolon_thenThePreviewReloadsWithFiveColumns() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(fixture("semicolon-orders.csv"));
        assertEquals(5, viewModel.previewProperty().get().headers().size());
        assertTrue(viewModel.decimalCommaProperty().get());

        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.PIPE);
        assertEquals(1, viewModel.previewProperty().get().headers().size());
        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.SEMICOLON);

        assertEquals(5, viewModel.previewProperty().get().headers().size());
        assertEquals("Kundennummer", viewModel.roles().customerIdProperty().get());
        assertEquals("Betrag", viewModel.roles().amountProperty().get());
        assertEquals(FileFormat.Delimiter.SEMICOLON, viewModel.options().format().delimiter());
        assertTrue(viewModel.formatProperty().get().contains("semicolon"), viewModel.formatProperty().get());
    }

    @Test
    void givenDottedDatesWithADayOverTwelve_whenChecked_thenTheDayFirstReasonIsShown() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());

        viewModel.load(fixture("semicolon-orders.csv"));

        String reason = viewModel.check().dateOrderReasonProperty().get();
        assertTrue(reason.contains("day-first"), reason);
        assertEquals("Whole file: 13 rows, 10 customers.", viewModel.check().figuresProperty().get());
    }

    @Test
    void givenUnambiguousIsoDates_whenChecked_thenTheReasonSaysNoDateReadsBothWays() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());

        viewModel.load(TestData.orders(workspace.folder()));

        assertEquals(FileCheck.NO_AMBIGUOUS_DATES, viewModel.check().dateOrderReasonProperty().get());
    }

    @Test
    void givenOrderLines_whenGuessed_thenTheAmountIsQuantityTimesPriceAndCancellationsAreNetted() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());

        viewModel.load(fixture("order-lines.csv"));

        assertEquals(ImportViewModel.AmountSource.QUANTITY_TIMES_PRICE, viewModel.roles().amountSourceProperty().get());
        ImportOptions options = viewModel.options();
        assertTrue(options.amountFromLines());
        assertEquals("Quantity", options.quantity());
        assertEquals("Price", options.unitPrice());
        assertEquals("Invoice", options.invoice());
        assertEquals(Cancellations.NET, options.cancellations());
        assertEquals("", viewModel.validationProperty().get());
    }

    @Test
    void givenQuantityTimesPrice_whenTheUnitPriceIsMissing_thenTheMessageAsksForItAndImportIsOff() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(fixture("order-lines.csv"));

        viewModel.roles().unitPriceProperty().set(ImportViewModel.NO_COLUMN);

        assertEquals("Choose the quantity column and the unit price column, or take the amount from one column.",
                viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
        viewModel.roles().unitPriceProperty().set("Quantity");
        assertTrue(viewModel.validationProperty().get().startsWith("Choose different columns"), viewModel.validationProperty().get());
    }

    @Test
    void givenAnAmountColumnChosenInstead_whenMapped_thenQuantityAndPriceAreLeftOut() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(fixture("order-lines.csv"));

        viewModel.roles().amountSourceProperty().set(ImportViewModel.AmountSource.AMOUNT_COLUMN);
        viewModel.roles().amountProperty().set("Price");
        viewModel.roles().cancellationsProperty().set(Cancellations.EXCLUDE);

        ImportOptions options = viewModel.options();
        assertEquals("Price", options.amount());
        assertNull(options.quantity());
        assertEquals(Cancellations.EXCLUDE, options.cancellations());
    }

    @Test
    void givenCleaningChoices_whenMapped_thenTheImportCleansAsChosen() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(TestData.orders(workspace.folder()));

        viewModel.cleaningChoices().trimProperty().set(false);
        viewModel.cleaningChoices().missingIdsProperty().set(Cleaning.MissingIds.KEEP);
        viewModel.cleaningChoices().deduplicateRowsProperty().set(true);
        viewModel.cleaningChoices().capOutliersProperty().set(true);
        viewModel.cleaningChoices().capPercentileProperty().set(95);

        assertEquals(new Cleaning(false, Cleaning.MissingIds.KEEP, true, 95), viewModel.options().cleaning());
    }

    @Test
    void givenTheDateOrderForced_whenMapped_thenTheColumnsStayAndTheFormatCarriesIt() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(fixture("semicolon-orders.csv"));
        viewModel.roles().emailProperty().set(ImportViewModel.NO_COLUMN);

        viewModel.formatChoices().dateOrderProperty().set(FileFormat.DateOrder.MONTH_FIRST);

        assertEquals(ImportViewModel.NO_COLUMN, viewModel.roles().emailProperty().get());
        assertEquals(FileFormat.DateOrder.MONTH_FIRST, viewModel.options().format().dateOrder());
    }

    @Test
    void givenADelimiterChangedTwiceWhileTheFirstReadWaits_whenTheReadsRun_thenOnlyTheLatestPreviewIsRead() throws Exception {
        SteppingTaskRunner runner = new SteppingTaskRunner();
        ImportViewModel viewModel = viewModel(runner);
        viewModel.load(fixture("semicolon-orders.csv"));
        runner.runAll();

        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.COMMA);
        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.PIPE);
        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.SEMICOLON);
        runner.runAll();

        long reads = runner.ran().stream().filter(title -> title.startsWith("Reading")).count();
        assertEquals(2, reads, runner.ran().toString());
        assertEquals(5, viewModel.previewProperty().get().headers().size());
        assertFalse(viewModel.loadingProperty().get());
    }

    @Test
    void givenAWorkbook_whenASheetIsPickedAndTheOthersAppended_thenTheSheetsAreListedAndBothRead() throws Exception {
        Path workbook = OnlineRetail.file();
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(workbook);
        assertTrue(viewModel.workbookProperty().get());
        assertEquals(java.util.List.of(FormatChoices.FIRST_SHEET, "Year 2009-2010", "Year 2010-2011"), viewModel.formatChoices().sheets());

        viewModel.formatChoices().sheetProperty().set("Year 2009-2010");
        viewModel.formatChoices().appendSheetsProperty().set(true);

        assertEquals(new FileFormat(FileFormat.Delimiter.AUTO, FileFormat.HeaderRow.AUTO, FileFormat.Encoding.AUTO, "Year 2009-2010",
                true, FileFormat.DateOrder.AUTO), viewModel.options().format());
        assertEquals("Whole file: 998 rows, 4 left out, 52 customers.", viewModel.check().figuresProperty().get());
    }

    @Test
    void givenASheetThatIsNotThere_whenReloaded_thenTheDialogStaysOpenWithTheReasonAndImportIsOff() throws Exception {
        ImportViewModel viewModel = viewModel(new DirectTaskRunner());
        viewModel.load(OnlineRetail.file());

        viewModel.formatChoices().sheetProperty().set("Year 2012");

        assertTrue(viewModel.showingProperty().get());
        assertTrue(viewModel.readErrorProperty().get().contains("no sheet called 'Year 2012'"), viewModel.readErrorProperty().get());
        assertFalse(viewModel.canImportProperty().get());
        assertEquals(0, dialogs.errors().size());
        viewModel.formatChoices().sheetProperty().set(FormatChoices.FIRST_SHEET);
        assertEquals("", viewModel.readErrorProperty().get());
        assertTrue(viewModel.canImportProperty().get());
    }
}
