package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.DataKind;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/// The import dialog's "Keep NA as a value" choice: it goes into the mapping, the whole-file
/// check says what it kept, and it is refused where NA can only mean missing.
class KeepNaChoicesTest {

    /// `NA` in Region is North America; in Income it is an unknown income.
    static final String CUSTOMERS = """
            id,Region,Income
            1,NA,52000
            2,Europe,61000
            3,NA,48000
            4,Asia,NA
            5,Europe,39000
            6,Asia,55000
            7,NA,47000
            8,Europe,50000
            """;

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private ImportViewModel viewModel;

    @BeforeEach
    void loadCustomersWithRegionAndIncome() throws Exception {
        viewModel = new ImportViewModel(workspace.session(), new DirectTaskRunner(), new FakeDialogService(), workspace.projects());
        viewModel.load(workspace.writeFile("customers.csv", CUSTOMERS));
        viewModel.roles().kindProperty().set(DataKind.CUSTOMERS);
        viewModel.roles().customerIdProperty().set("id");
        viewModel.roles().featureProperty("Income").set(true);
        viewModel.roles().categoryProperty("Region").set(true);
    }

    @Test
    void givenRegionKeepsNa_whenChecked_thenTheMappingKeepsItAndTheCheckSaysHowManyCells() {
        assertEquals(List.of(), viewModel.options().keepMarkerColumns());

        viewModel.columnTypes().keepMarkersProperty("Region").set(true);

        assertEquals(List.of("Region"), viewModel.options().keepMarkerColumns());
        assertEquals("", viewModel.validationProperty().get());
        assertTrue(viewModel.check().notesProperty().get().contains("Column 'Region': 3 cells such as NA or N/A kept as values"),
                viewModel.check().notesProperty().get());
        assertEquals("Whole file: 8 rows, 8 customers.", viewModel.check().figuresProperty().get());
    }

    @Test
    void givenIncomeKeepsNa_whenValidated_thenTheDialogSaysNaThereCanOnlyBeMissing() {
        viewModel.columnTypes().keepMarkersProperty("Income").set(true);

        assertTrue(viewModel.validationProperty().get().contains("Column 'Income' is read as numbers or dates"),
                viewModel.validationProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }

    @Test
    void givenAKeptColumnLaterTypedAsNumbers_whenMapped_thenItNoLongerKeepsNa() {
        viewModel.columnTypes().keepMarkersProperty("Region").set(true);

        viewModel.columnTypes().typeProperty("Region").set(Optional.of(ColumnType.DECIMAL));

        assertFalse(ColumnTypes.canKeepMarkers(viewModel.columnTypes().typeProperty("Region").get()));
        assertEquals(List.of(), viewModel.columnTypes().keptMarkers());
    }
}
