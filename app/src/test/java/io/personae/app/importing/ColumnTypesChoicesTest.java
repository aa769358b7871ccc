package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/// The import dialog's column types: each choice reads the preview again with the type applied
/// and goes into the mapping.
class ColumnTypesChoicesTest {

    static final String CUSTOMERS = """
            id,branch,gender,member,spend,note
            1,01234,1,Yes,120.5,first
            2,02345,2,No,80,second
            3,01234,1,Y,45.25,third
            4,03456,2,N,300,fourth
            5,01234,1,true,12,fifth
            6,04567,2,false,99,sixth
            7,05678,1,1,7.5,seventh
            8,06789,2,0,150,eighth
            9,07890,1,yes,60,ninth
            10,08901,2,no,33,tenth
            11,09012,1,Yes,21,eleventh
            12,01122,2,No,18,twelfth
            """;

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private ImportViewModel viewModel;

    @BeforeEach
    void loadCustomers() throws Exception {
        viewModel = new ImportViewModel(workspace.session(), new DirectTaskRunner(), new FakeDialogService(), workspace.projects());
        viewModel.load(workspace.writeFile("customers.csv", CUSTOMERS));
    }

    @Test
    void givenAFileLoaded_whenNothingIsTyped_thenEveryColumnIsListedAsGuessed() {
        assertEquals(List.of("id", "branch", "gender", "member", "spend", "note"), viewModel.columnTypes().columns());
        assertEquals(Optional.empty(), viewModel.columnTypes().typeProperty("branch").get());
        assertEquals(Map.of(), viewModel.options().columnTypes());
        assertTrue(viewModel.options().featureColumns().contains("branch"), viewModel.options().toString());
    }

    @Test
    void givenAColumnSetToIgnore_whenThePreviewReloads_thenItIsGoneButStaysListedForUndoing() {
        viewModel.columnTypes().typeProperty("note").set(Optional.of(ColumnType.IGNORE));

        assertEquals(List.of("id", "branch", "gender", "member", "spend"), viewModel.previewProperty().get().headers());
        assertEquals(6, viewModel.columnTypes().columns().size());
        viewModel.columnTypes().typeProperty("note").set(Optional.empty());
        assertEquals(6, viewModel.previewProperty().get().headers().size());
    }

    @Test
    void givenAFlagSetToYesNo_whenThePreviewReloads_thenItShowsYesAndNoAndIsACategory() {
        viewModel.columnTypes().typeProperty("member").set(Optional.of(ColumnType.BOOLEAN));

        List<String> members = viewModel.previewProperty().get().rows().stream().map(row -> row.get(3)).toList();
        assertEquals(List.of("Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No"), members);
        ImportOptions options = viewModel.options();
        assertTrue(options.categoryColumns().contains("member"), options.toString());
        assertEquals(ColumnType.BOOLEAN, options.typeOf("member"));
    }

    @Test
    void givenCodesTypedTextAndCategory_whenMapped_thenTheyLeaveTheFeaturesAndTheRolesAreGuessedAgain() {
        viewModel.columnTypes().typeProperty("branch").set(Optional.of(ColumnType.TEXT));
        viewModel.columnTypes().typeProperty("gender").set(Optional.of(ColumnType.CATEGORY));

        ImportOptions options = viewModel.options();
        assertFalse(options.featureColumns().contains("branch"), options.toString());
        assertTrue(options.categoryColumns().contains("gender"), options.toString());
        assertEquals(Map.of("branch", ColumnType.TEXT, "gender", ColumnType.CATEGORY), options.columnTypes());
        assertEquals("", viewModel.validationProperty().get());
    }

    @Test
    void givenTypesSet_whenTheDelimiterChanges_thenTheTypesStartOver() {
        viewModel.columnTypes().typeProperty("note").set(Optional.of(ColumnType.IGNORE));

        viewModel.formatChoices().delimiterProperty().set(FileFormat.Delimiter.COMMA);

        assertEquals(Map.of(), viewModel.columnTypes().types());
        assertEquals(6, viewModel.previewProperty().get().headers().size());
    }
}
