package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The user's column types: each changes what the import reads, and is kept with the mapping.
class ColumnTypesTest {

    /// Twelve customers: a numeric-looking branch and gender code, a yes/no flag written five
    /// ways, points with thousands separators, a date column and a free-text note.
    private static final String CUSTOMERS = """
            id,branch,gender,member,points,joined,spend,note
            1,01234,1,Yes,"1.250",2024-01-05,120.5,first
            2,02345,2,No,30,2024-02-06,80,second
            3,01234,1,Y,"2,500",2024-03-07,45.25,third
            4,03456,2,N,10,2024-04-08,300,fourth
            5,01234,1,true,20,2024-05-09,12,fifth
            6,04567,2,false,40,2024-06-10,99,sixth
            7,01234,1,1,50,2024-07-11,7.5,seventh
            8,05678,2,0,60,2024-08-12,150,eighth
            9,01234,1,yes,70,2024-09-13,60,ninth
            10,06789,2,no,80,2024-10-14,33,tenth
            11,01234,1,Yes,90,2024-11-15,21,eleventh
            12,07890,2,No,100,2024-12-16,18,twelfth
            """;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void writeFile() throws Exception {
        file = folder.resolve("customers.csv");
        Files.writeString(file, CUSTOMERS);
    }

    private static Map<String, ColumnType> types(Object... pairs) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            types.put((String) pairs[i], (ColumnType) pairs[i + 1]);
        }
        return types;
    }

    private ImportOptions guess(Map<String, ColumnType> types) throws ImportException {
        return RoleGuesser.guess(TableReaders.preview(file, 100, FileFormat.AUTO, types), types).orElseThrow();
    }

    @Test
    void givenNoTypes_whenGuessed_thenNumericCodesAreFeatures() throws ImportException {
        ImportOptions options = guess(Map.of());

        assertTrue(options.featureColumns().contains("branch"), options.toString());
    }

    @Test
    void givenCodesTypedTextAndCategory_whenGuessed_thenNeitherIsAFeatureAndTheCategoryIsOne() throws ImportException {
        ImportOptions options = guess(types("branch", ColumnType.TEXT, "gender", ColumnType.CATEGORY));

        assertFalse(options.featureColumns().contains("branch"), options.toString());
        assertFalse(options.categoryColumns().contains("branch"), options.toString());
        assertTrue(options.categoryColumns().contains("gender"), options.toString());
        assertEquals(ColumnType.TEXT, options.typeOf("branch"));
    }

    @Test
    void givenGenderCodeTypedCategory_whenImported_thenItsCodesAreCategoryValues() throws ImportException {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"))
                .withColumnTypes(types("gender", ColumnType.CATEGORY));

        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertEquals(List.of("spend"), table.featureNames());
        CategoryColumn gender = table.categories().get(0);
        assertEquals("gender", gender.name());
        assertEquals("1", gender.values()[0]);
        assertEquals("2", gender.values()[1]);
    }

    @Test
    void givenFlagTypedBoolean_whenImported_thenEveryWayOfWritingItReadsAsYesOrNo() throws ImportException {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"))
                .withColumnTypes(types("member", ColumnType.BOOLEAN));

        CustomerTable table = Importer.read(file, options, ProgressMonitor.NONE).customers();

        assertEquals(List.of("member"), options.categoryColumns());
        assertArrayEquals(new String[] {"Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No", "Yes", "No"},
                table.categories().get(0).values());
    }

    @Test
    void givenPointsTypedInteger_whenImported_thenGroupSeparatorsAreNotDecimalMarks() throws ImportException {
        ImportOptions untyped = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("points"));
        ImportOptions integer = untyped.withColumnTypes(types("points", ColumnType.INTEGER));

        double[] asGuessed = Importer.read(file, untyped, ProgressMonitor.NONE).customers().column(0);
        double[] asInteger = Importer.read(file, integer, ProgressMonitor.NONE).customers().column(0);

        assertEquals(1.25, asGuessed[0], 1e-9);
        assertEquals(1250, asInteger[0], 1e-9);
        assertEquals(2500, asInteger[2], 1e-9);
        assertEquals(30, asInteger[1], 1e-9);
    }

    @Test
    void givenNoteIgnored_whenImported_thenTheColumnIsNotReadAtAll() throws ImportException {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"))
                .withColumnTypes(types("note", ColumnType.IGNORE));

        QualityReport report = Importer.read(file, options, ProgressMonitor.NONE).quality();
        TablePreview preview = TableReaders.preview(file, 5, FileFormat.AUTO, options.columnTypes());

        assertFalse(report.columns().stream().anyMatch(c -> c.name().equals("note")), report.columns().toString());
        assertEquals(List.of("id", "branch", "gender", "member", "points", "joined", "spend"), preview.headers());
    }

    @Test
    void givenAnIgnoredColumnMappedToARole_whenOptionsMade_thenTheConflictIsNamed() {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"));

        IllegalArgumentException ignoredId = assertThrows(IllegalArgumentException.class,
                () -> options.withColumnTypes(types("id", ColumnType.IGNORE)));

        assertTrue(ignoredId.getMessage().contains("Column 'id' is set to ignore, so it cannot be the customer id"), ignoredId.getMessage());
    }

    @Test
    void givenDateColumnTypedText_whenUsedAsTheOrderDate_thenRefusedAndNotGuessed() throws Exception {
        Path orders = folder.resolve("orders.csv");
        Files.writeString(orders, """
                customer,order date,amount
                A,2024-01-05,10
                B,2024-01-06,20
                A,2024-02-01,5
                """);
        Map<String, ColumnType> text = types("order date", ColumnType.TEXT);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ImportOptions(DataKind.TRANSACTIONS,
                "customer", null, null, null, "order date", "amount", List.of()).withColumnTypes(text));
        boolean guessedAsOrders = RoleGuesser.guess(TableReaders.preview(orders, 10, FileFormat.AUTO, text), text)
                .filter(o -> o.kind() == DataKind.TRANSACTIONS).isPresent();

        assertTrue(refused.getMessage().contains("is set to text, which cannot be the order date"), refused.getMessage());
        assertFalse(guessedAsOrders);
    }

    @Test
    void givenFeatureTypedCategory_whenTypesApplied_thenItMovesFromFeaturesToCategories() {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend", "gender"));

        ImportOptions typed = options.withColumnTypes(types("gender", ColumnType.CATEGORY, "points", ColumnType.DECIMAL));

        assertEquals(List.of("spend", "points"), typed.featureColumns());
        assertEquals(List.of("gender"), typed.categoryColumns());
    }

    @Test
    void givenATypedColumnNotInTheFile_whenRead_thenTheMessageNamesIt() {
        ImportOptions options = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend"))
                .withColumnTypes(types("Postleitzahl", ColumnType.TEXT));

        ImportException e = assertThrows(ImportException.class, () -> Importer.read(file, options, ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("Column 'Postleitzahl' is not in the file's header"), e.getMessage());
    }

    @Test
    void givenGroupedAndOtherNumbers_whenReadAsIntegers_thenOnlyGroupsOfThreeAreJoined() {
        assertEquals("1234567", TypedColumns.integer("1,234,567"));
        assertEquals("1234", TypedColumns.integer("1.234"));
        assertEquals("-2500", TypedColumns.integer("-2 500"));
        assertEquals("12,5", TypedColumns.integer("12,5"));
        assertEquals("12345.678", TypedColumns.integer("12345.678"));
        assertEquals("n/a", TypedColumns.integer("n/a"));
    }
}
