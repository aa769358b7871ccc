package io.personae.analytics.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The columns keeping `NA` as a value, stored with the import record so `--repeat` reads a
/// newer file the same way.
class KeptMarkersTextTest {

    private static final ImportOptions KEEPING = new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null,
            List.of("Income"), List.of("Region", "Plan = tier")).withColumnTypes(Map.of("Note", ColumnType.TEXT))
            .withKeepMarkerColumns(List.of("Region", "Plan = tier", "Note"));

    @Test
    void givenKeptColumns_whenFormattedAndParsed_thenTheyComeBackInOrder() {
        String text = OptionsText.format(KEEPING);

        assertTrue(text.contains("keepMarkers=Region\nkeepMarkers=Plan = tier\nkeepMarkers=Note\n"), text);
        assertEquals(KEEPING, OptionsText.parse(text));
    }

    @Test
    void givenARecordFromBeforeMarkersCouldBeKept_whenParsed_thenEveryMarkerIsMissing() {
        ImportOptions old = OptionsText.parse("kind=CUSTOMERS\ncustomerId=id\nfeature=Income\ncategory=Region\n");

        assertEquals(List.of(), old.keepMarkerColumns());
        assertEquals(new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("Income"), List.of("Region")), old);
    }
}
