package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.export;
import static io.personae.analytics.exporter.ExportFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The header the export dialog previews ([PresetColumns#header]) against the files written.
class PresetHeaderTest {

    @TempDir
    Path folder;

    @Test
    void givenEveryCsvPresetWithAndWithoutGroups_whenExported_thenTheFileStartsWithThePreviewedHeader() throws Exception {
        for (ExportPreset preset : List.of(ExportPreset.MAILCHIMP, ExportPreset.KLAVIYO, ExportPreset.HUBSPOT,
                ExportPreset.GENERIC_CSV)) {
            for (boolean groups : List.of(false, true)) {
                Path target = folder.resolve(preset.id() + "-" + groups + ".csv");
                ExportOptions options = ExportOptions.of(target, preset).withColumns(List.of("spend", "Country"))
                        .withKeepUnconsented(true);
                export(groups ? options.withSplit(GroupSplit.parse("50,50"), 7) : options);

                List<String> header = PresetColumns.header(ExportFixtures.TABLE, preset, List.of("spend", "Country"), groups);

                assertEquals(String.join(",", header), lines(target).getFirst(), preset + (groups ? " with groups" : ""));
            }
        }
    }

    @Test
    void givenKlaviyoAndDataWithConsent_whenTheHeaderIsAsked_thenItHasTheConsentColumnAndExtraColumnsUnderTheirOwnNames()
            throws Exception {
        assertEquals(List.of("Email", "First Name", "Last Name", "Segment", "Persona", "Primary Action", "Secondary Action",
                "Email Marketing Consent", "Variant", "Spend"),
                PresetColumns.header(ExportFixtures.TABLE, ExportPreset.KLAVIYO, List.of("SPEND"), true));
        assertEquals(List.of("Email", "First Name", "Last Name", "Segment", "Persona", "Primary Action", "Secondary Action"),
                PresetColumns.header(ExportFixtures.many(3), ExportPreset.KLAVIYO, List.of(), false));
    }

    @Test
    void givenAMissingExtraColumn_whenTheHeaderIsAsked_thenTheMessageNamesItAndTheColumnsThereAre() {
        ExportException missing = assertThrows(ExportException.class,
                () -> PresetColumns.header(ExportFixtures.TABLE, ExportPreset.HUBSPOT, List.of("Shoe size"), false));

        assertTrue(missing.getMessage().contains("'Shoe size'") && missing.getMessage().contains("Spend, Orders"),
                missing.getMessage());
    }
}
