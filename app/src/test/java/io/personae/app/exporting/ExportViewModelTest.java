package io.personae.app.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.exporter.ExportPreset;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import io.personae.app.common.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private ExportViewModel viewModel;

    @BeforeEach
    void segmentCustomers() throws Exception {
        workspace.project().importFile(customersWithBadAddresses(), TestData.CUSTOMER_ROLES, ProgressMonitor.NONE);
        workspace.segment(3);
        workspace.show();
        viewModel = new ExportViewModel(workspace.session(), new DirectTaskRunner(), dialogs, toOpen -> opened.add(toOpen), new Random(3));
    }

    @Test
    void givenNoCardTicked_whenTheDialogOpens_thenEverySegmentIsChosen() {
        viewModel.begin();

        assertTrue(viewModel.showingProperty().get());
        assertEquals(3, viewModel.choices().size());
        assertTrue(viewModel.choices().stream().allMatch(c -> c.selected().get()));
    }

    @Test
    void givenOneCardTicked_whenExported_thenTheFileHoldsThatSegmentsCustomers() throws Exception {
        workspace.session().segmentsForExport().add(1);
        Path target = workspace.folder().resolve("campaign");
        dialogs.willSave(target);
        viewModel.begin();
        assertEquals(List.of(false, true, false), viewModel.choices().stream().map(c -> c.selected().get()).toList());

        viewModel.exportNow();

        Path written = workspace.folder().resolve("campaign.csv");
        List<String> lines = Files.readAllLines(written);
        int size = workspace.session().snapshot().segmentation().personas().get(1).size();
        assertEquals("Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action", lines.getFirst());
        assertEquals(size, lines.size() - 1);
        assertFalse(viewModel.showingProperty().get());
        assertEquals("Exported " + size + " customers to campaign.csv", workspace.session().noticeProperty().get());
        assertEquals(1, dialogs.informations().size());
    }

    @Test
    void givenNoSegmentChosen_whenExporting_thenNothingIsAskedOrWritten() {
        viewModel.begin();
        viewModel.choices().forEach(c -> c.selected().set(false));

        assertFalse(viewModel.canExportProperty().get());
        viewModel.exportNow();

        assertTrue(viewModel.showingProperty().get());
        assertEquals(0, dialogs.informations().size());
    }

    @Test
    void givenOneSegment_whenAFileNameIsSuggested_thenItIsThePersonaNameAsPlainWords() {
        Segmentation segmentation = workspace.session().snapshot().segmentation();
        String name = segmentation.personas().getFirst().name();

        String suggested = ExportViewModel.suggestedName(segmentation, Set.of(0));

        assertTrue(suggested.matches("[a-z0-9-]+\\.csv"), suggested + " from " + name);
        assertEquals("segments.csv", ExportViewModel.suggestedName(segmentation, Set.of(0, 1)));
    }

    @Test
    void givenThePresetSwitched_whenTheHeaderIsPreviewed_thenItFollowsTheTool() {
        viewModel.begin();
        String plain = viewModel.headerPreviewProperty().get();

        choose(ExportPreset.KLAVIYO);
        String klaviyo = viewModel.headerPreviewProperty().get();
        choose(ExportPreset.MAILCHIMP);
        String mailchimp = viewModel.headerPreviewProperty().get();
        choose(ExportPreset.HUBSPOT);
        String hubspot = viewModel.headerPreviewProperty().get();

        assertEquals("Email Address, First Name, Last Name, Segment, Persona, Primary Action, Secondary Action", plain);
        assertTrue(klaviyo.startsWith("Email, First Name"), klaviyo);
        assertTrue(mailchimp.endsWith("Tags"), mailchimp);
        assertTrue(hubspot.contains("Last Name, Lifecycle Stage"), hubspot);
        assertTrue(viewModel.preset().descriptionProperty().get().contains("HubSpot"));
    }

    @Test
    void givenGroupsAndAnExtraColumn_whenPreviewed_thenVariantAndTheColumnAreInTheHeader() {
        viewModel.begin();
        viewModel.groups().enabledProperty().set(true);
        viewModel.preset().columns().stream().filter(c -> c.name().equals("Spend")).findFirst().orElseThrow().selected().set(true);

        assertTrue(viewModel.headerPreviewProperty().get().endsWith("Secondary Action, Variant, Spend"),
                viewModel.headerPreviewProperty().get());
    }

    @Test
    void givenSharesNotAddingUp_whenExporting_thenNeitherCheckNorExportIsPossible() {
        viewModel.begin();
        viewModel.groups().enabledProperty().set(true);
        viewModel.groups().holdoutProperty().set("20");

        assertFalse(viewModel.canExportProperty().get());
        assertTrue(viewModel.groups().problemProperty().get().contains("110"));
    }

    @Test
    void givenTheDialogOpens_whenGroupsAreSwitchedOn_thenTheSeedIsShownAndTheHintCountsTheChosenSegments() {
        viewModel.begin();
        viewModel.groups().enabledProperty().set(true);

        assertTrue(viewModel.groups().seedProperty().get().matches("\\d+"), viewModel.groups().seedProperty().get());
        assertTrue(viewModel.groups().hintProperty().get().startsWith("About 24 customers"), viewModel.groups().hintProperty().get());
        viewModel.choices().getFirst().selected().set(false);
        assertFalse(viewModel.groups().hintProperty().get().startsWith("About 24 customers"));
    }

    @Test
    void givenKlaviyo_whenChecked_thenTheSummaryCountsWhoIsLeftOutPerReason() {
        viewModel.begin();
        choose(ExportPreset.KLAVIYO);
        viewModel.groups().enabledProperty().set(true);

        viewModel.check();

        List<String> summary = viewModel.checkSummary();
        assertEquals("21 customers will be written.", summary.getFirst());
        assertTrue(summary.contains("Left out, no email address: 1"), summary.toString());
        assertTrue(summary.contains("Left out, invalid email address: 1"), summary.toString());
        assertTrue(summary.contains("Left out, duplicate email address: 1"), summary.toString());
        assertTrue(summary.stream().anyMatch(line -> line.startsWith("Groups (seed ")), summary.toString());
        assertTrue(viewModel.groups().hintProperty().get().startsWith("About 21 customers"));

        viewModel.preset().bomProperty().set(true);
        assertTrue(viewModel.checkSummary().isEmpty(), "a change makes the check stale");
    }

    @Test
    void givenKlaviyoWithGroupsAndTheLeftOutSaved_whenExported_thenTheFilesHoldTheRowsAndTheReportSaysWhatWasLeftOut()
            throws Exception {
        viewModel.begin();
        choose(ExportPreset.KLAVIYO);
        viewModel.groups().enabledProperty().set(true);
        viewModel.groups().seedProperty().set("7");
        viewModel.check();
        dialogs.willSave(workspace.folder().resolve("left-out")).willSave(workspace.folder().resolve("spring"));
        viewModel.chooseExcludedFile();
        viewModel.exportNow();

        List<String> lines = Files.readAllLines(workspace.folder().resolve("spring.csv"));
        assertTrue(lines.getFirst().startsWith("Email,"), lines.getFirst());
        assertTrue(lines.getFirst().contains(",Variant"), lines.getFirst());
        assertEquals(22, lines.size());
        assertEquals(4, Files.readAllLines(workspace.folder().resolve("left-out.csv")).size());
        assertEquals("Exported 21 customers to spring.csv; left out 3", workspace.session().noticeProperty().get());
        assertTrue(dialogs.informations().getFirst().contains("Left out 3 customers"), dialogs.informations().toString());
        assertEquals(7, workspace.project().exportHistory().getFirst().seed());
    }

    @Test
    void givenAFolderThatDoesNotExist_whenExported_thenAnErrorNamesTheProblemAndNoFileIsLeft() throws Exception {
        Path target = workspace.folder().resolve("gone").resolve("list.csv");
        dialogs.willSave(target);
        viewModel.begin();

        viewModel.exportNow();

        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().getFirst().startsWith("Export failed: "), dialogs.errors().toString());
        assertFalse(dialogs.errors().getFirst().contains("Exception"), dialogs.errors().toString());
        assertFalse(Files.exists(target));
        assertTrue(dialogs.informations().isEmpty());
    }

    @Test
    void givenAPresetSaved_whenTheDialogOpensAgainAndItIsChosen_thenItsBaseAndColumnsComeBack() {
        viewModel.begin();
        choose(ExportPreset.KLAVIYO);
        viewModel.preset().columns().stream().filter(c -> c.name().equals("Visits")).findFirst().orElseThrow().selected().set(true);
        viewModel.preset().newNameProperty().set("Klaviyo with visits");
        viewModel.preset().saveAsPreset();
        assertTrue(viewModel.preset().chosenProperty().get().isSaved());

        viewModel.close();
        viewModel.begin();
        assertEquals(ExportPreset.GENERIC_CSV, viewModel.preset().base());
        PresetChoice saved = viewModel.preset().presets().stream().filter(PresetChoice::isSaved).findFirst().orElseThrow();
        viewModel.preset().chosenProperty().set(saved);

        assertEquals("Klaviyo with visits (Klaviyo)", saved.label());
        assertEquals(List.of("Visits"), viewModel.preset().pickedColumns());
        assertTrue(viewModel.headerPreviewProperty().get().startsWith("Email, "));
        assertTrue(viewModel.headerPreviewProperty().get().endsWith(", Visits"));
    }

    @Test
    void givenAPresetWithoutAName_whenSaved_thenTheReasonIsShownAndNothingIsKept() throws Exception {
        viewModel.begin();
        viewModel.preset().newNameProperty().set("  ");

        viewModel.preset().saveAsPreset();

        assertEquals("Give the preset a name.", viewModel.preset().saveMessageProperty().get());
        assertTrue(workspace.project().savedPresets().isEmpty());
    }

    @Test
    void givenEveryCsvPreset_whenExported_thenTheFileStartsWithThePreviewedHeader() throws Exception {
        viewModel.begin();
        viewModel.groups().enabledProperty().set(true);
        viewModel.preset().columns().stream().filter(c -> c.name().equals("Spend")).findFirst().orElseThrow().selected().set(true);
        for (ExportPreset preset : List.of(ExportPreset.MAILCHIMP, ExportPreset.KLAVIYO, ExportPreset.HUBSPOT,
                ExportPreset.GENERIC_CSV)) {
            choose(preset);
            String preview = viewModel.headerPreviewProperty().get();
            dialogs.willSave(workspace.folder().resolve(preset.id() + ".csv"));

            viewModel.exportNow();

            assertEquals(preview.replace(", ", ","), Files.readAllLines(workspace.folder().resolve(preset.id() + ".csv")).getFirst(),
                    preset.toString());
            viewModel.begin();
        }
    }

    @Test
    void givenKlaviyoChecked_whenTheExcludedListIsSaved_thenOnlyItIsWrittenWithEachReasonAndNothingIsRecorded()
            throws Exception {
        viewModel.begin();
        choose(ExportPreset.KLAVIYO);
        assertFalse(viewModel.canSaveExcludedProperty().get(), "only after a check");
        viewModel.check();
        dialogs.willSave(workspace.folder().resolve("left-out")).willTakeAction(true);

        viewModel.saveExcludedList();

        List<String> lines = Files.readAllLines(workspace.folder().resolve("left-out.csv"));
        assertEquals("Customer ID,Email Address,Segment,Reason,Detail", lines.getFirst());
        assertEquals(4, lines.size());
        assertEquals(Set.of("No email address", "Invalid email address", "Duplicate email address"),
                lines.stream().skip(1).map(line -> line.split(",", -1)[3]).collect(Collectors.toSet()));
        assertTrue(viewModel.showingProperty().get(), "the dialog stays open to export next");
        assertTrue(workspace.project().exportHistory().isEmpty());
        assertEquals("Saved the list of 3 customers left out to left-out.csv", workspace.session().noticeProperty().get());
        assertEquals(List.of(workspace.folder().toAbsolutePath()), opened);
    }

    @Test
    void givenAnExport_whenShowFolderIsPressed_thenTheExportsFolderIsOpened() {
        viewModel.begin();
        dialogs.willSave(workspace.folder().resolve("campaign")).willTakeAction(true);

        viewModel.exportNow();

        assertEquals(List.of(workspace.folder().toAbsolutePath()), opened);
        assertTrue(dialogs.informations().getFirst().startsWith("Export finished: "), dialogs.informations().toString());
    }

    private void choose(ExportPreset preset) {
        viewModel.preset().chosenProperty().set(viewModel.preset().presets().stream()
                .filter(p -> !p.isSaved() && p.base() == preset).findFirst().orElseThrow());
    }

    /// [TestData#customers] with three addresses an email tool refuses: K1 has none, K2 an invalid
    /// one, K3 the address of K4.
    private Path customersWithBadAddresses() throws Exception {
        Path file = TestData.customers(workspace.folder());
        String text = Files.readString(file).replace("K1,k1@example.com,", "K1,,").replace("K2,k2@example.com,", "K2,not-an-address,")
                .replace("K3,k3@example.com,", "K3,k4@example.com,");
        Files.writeString(file, text);
        return file;
    }
}
