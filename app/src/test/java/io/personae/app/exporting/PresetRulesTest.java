package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.GroupSplit;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The dialog's header preview against the header the engine really writes, for every preset.
class PresetRulesTest {

    @TempDir
    Path folder;

    @Test
    void givenEveryCsvPresetWithGroupsAndAnExtraColumn_whenExported_thenTheFileHasThePreviewedHeader() throws Exception {
        try (Project project = Project.open(folder.resolve("rules.mv.db"))) {
            project.importFile(TestData.customers(folder),
                    new ImportOptions(DataKind.CUSTOMERS, "Customer ID", "Email", null, null, null, null, List.of("Spend", "Visits")),
                    ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(3), ProgressMonitor.NONE);
            for (ExportPreset preset : List.of(ExportPreset.MAILCHIMP, ExportPreset.KLAVIYO, ExportPreset.HUBSPOT,
                    ExportPreset.GENERIC_CSV)) {
                for (boolean groups : List.of(false, true)) {
                    Path target = folder.resolve(preset.id() + "-" + groups + ".csv");
                    ExportOptions options = ExportOptions.of(target, preset).withColumns(List.of("Spend"));
                    project.export(groups ? options.withSplit(GroupSplit.parse("45,45,10"), 7) : options, ProgressMonitor.NONE);

                    String written = Files.readAllLines(target).getFirst();
                    assertEquals(String.join(",", PresetRules.header(preset, List.of("Spend"), groups, false)), written,
                            preset + (groups ? " with groups" : ""));
                }
            }
        }
    }
}
