package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.exporter.ExportPreset;
import org.junit.jupiter.api.Test;

/// The words the dialog shows for each preset. The header it previews is the engine's
/// (`PresetColumns.header`), checked against written files in `ExportViewModelTest`.
class PresetRulesTest {

    @Test
    void givenEveryPreset_whenDescribed_thenTheTextNamesItsToolAndOnlyPlainListsPromiseEveryCustomer() {
        for (ExportPreset preset : ExportPreset.values()) {
            String words = PresetRules.describe(preset);

            assertTrue(words.contains(preset == ExportPreset.GENERIC_CSV ? "CSV" : preset == ExportPreset.XLSX ? "Excel"
                    : preset.label()), preset + ": " + words);
            assertEquals(!preset.forEmailTool(), words.contains("every customer"), preset + ": " + words);
        }
    }
}
