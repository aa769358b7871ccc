package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.LONG_NAME;
import static io.personae.analytics.exporter.ExportFixtures.export;
import static io.personae.analytics.exporter.ExportFixtures.fileNames;
import static io.personae.analytics.exporter.ExportFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {

    @TempDir
    Path folder;

    @Test
    void givenMailchimp_whenExported_thenHeaderTagsCountriesAndByteLimitFollowMailchimpsRules() throws Exception {
        Path target = folder.resolve("mailchimp.csv");

        ExportSummary summary = export(ExportOptions.of(target, ExportPreset.MAILCHIMP).withKeepUnconsented(true)
                .withColumns(List.of("Country")));

        List<String> lines = lines(target);
        assertEquals("Email Address,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action,Tags,Country",
                lines.getFirst());
        assertEquals(List.of("ann", "BOB", "fay", "gus"), lines.stream().skip(1).map(l -> l.substring(0, l.indexOf('@'))).toList());
        String ann = lines.get(1);
        String cut = "é".repeat(127);
        assertTrue(ann.startsWith("ann@example.com,Ann," + cut + ",Segment 1,"), ann);
        assertTrue(Utf8Limit.length(cut) <= 255 && Utf8Limit.length(cut + "é") > 255);
        assertTrue(ann.endsWith(",FR"), ann);
        assertTrue(lines.get(2).contains(",'=Bob,"), lines.get(2));
        assertTrue(lines.get(2).contains(",\"Segment 2,\"\"Small, 'careful' buyers\"\","), lines.get(2));
        assertTrue(lines.get(2).endsWith(",GB"), lines.get(2));
        assertTrue(lines.get(3).endsWith(",US"), lines.get(3));
        assertTrue(lines.get(4).endsWith(",Grey,Segment 1,Big spenders,Upgrade,Nurture,\"Segment 1,Big spenders,Upgrade\","), lines.get(4));
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("Cut 1 value to 255 bytes: Last Name (1)")), summary.notes().toString());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("not recognised as a country: Atlantis (1)")),
                summary.notes().toString());
        assertEquals(LONG_NAME.length(), 200);
    }

    @Test
    void givenMailchimpTags_whenATagHoldsAComma_thenItIsQuotedAndDoubleQuotesBecomeSingle() {
        Adjustments adjustments = new Adjustments();

        String field = MailchimpTags.field(List.of("Segment 2", "Small, \"careful\" buyers", "", "A"), adjustments);

        assertEquals("Segment 2,\"Small, 'careful' buyers\",A", field);
        assertEquals(List.of(), adjustments.describe());
    }

    @Test
    void givenEnglishNamesAndCodes_whenMappedToCountries_thenTheyBecomeIsoCodesAndUnknownsStayUnknown() {
        assertEquals("DE", CountryCodes.iso2("Germany").orElseThrow());
        assertEquals("GB", CountryCodes.iso2(" united kingdom ").orElseThrow());
        assertEquals("IE", CountryCodes.iso2("EIRE").orElseThrow());
        assertEquals("US", CountryCodes.iso2("USA").orElseThrow());
        assertEquals("FR", CountryCodes.iso2("fr").orElseThrow());
        assertTrue(CountryCodes.iso2("Atlantis").isEmpty());
    }

    @Test
    void givenTextOverTheLimit_whenCut_thenNoCharacterIsSplit() {
        assertEquals("ab", Utf8Limit.cut("abc", 2));
        assertEquals("a", Utf8Limit.cut("aé", 2));
        assertEquals("a", Utf8Limit.cut("a😀", 4));
        assertEquals("a😀", Utf8Limit.cut("a😀", 5));
        assertEquals(5, Utf8Limit.length("a😀"));
    }

    @Test
    void givenKlaviyo_whenExportedKeepingUnconsented_thenEmailComesFirstWithConsentWordsAndIsoDates() throws Exception {
        Path target = folder.resolve("klaviyo.csv");

        export(ExportOptions.of(target, ExportPreset.KLAVIYO).withKeepUnconsented(true).withColumns(List.of("Signed up")));

        List<String> lines = lines(target);
        assertEquals("Email,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action,Email Marketing Consent,Signed up",
                lines.getFirst());
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("ann@example.com,"));
        assertTrue(lines.get(1).endsWith(",Subscribed,2026-03-01"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",Subscribed,2026-02-01"), lines.get(2));
        assertTrue(lines.get(3).endsWith(",Unsubscribed,2026-01-05"), lines.get(3));
        assertTrue(lines.get(4).endsWith(",Never subscribed,2026-01-06"), lines.get(4));
    }

    @Test
    void givenAnAmbiguousDate_whenShapedForKlaviyo_thenItIsLeftAsItIs() {
        assertEquals("01/02/2026", DateCells.iso("01/02/2026"));
        assertEquals("2026-02-01", DateCells.iso("2026/02/01"));
        assertEquals("2026-13", DateCells.iso("2026-13"));
    }

    @Test
    void givenAKlaviyoListOverTheSizeLimit_whenExported_thenItIsSplitIntoNumberedFilesEachWithTheHeader() throws Exception {
        Path target = folder.resolve("big.csv");
        ExportOptions options = ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(1024).withBom(true);

        ExportSummary summary = export(ExportFixtures.many(60), ExportFixtures.spread(60, 2), options);

        assertTrue(summary.files().size() > 2, summary.files().toString());
        assertFalse(Files.exists(target));
        int rows = 0;
        for (int part = 1; part <= summary.files().size(); part++) {
            Path file = folder.resolve("big-" + part + ".csv");
            assertEquals(file, summary.files().get(part - 1));
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(bytes.length <= 1024, file + " has " + bytes.length + " bytes");
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            List<String> lines = lines(file);
            assertTrue(lines.getFirst().endsWith("Email,First Name,Last Name,Segment,Persona,Primary Action,Secondary Action"));
            rows += lines.size() - 1;
        }
        assertEquals(60, rows);
        assertEquals(60, summary.rows());
    }

    @Test
    void givenASplitExportWhoseSecondPartFails_whenExported_thenNoPartIsLeft() throws Exception {
        Path target = folder.resolve("big.csv");
        ExportOptions options = ExportOptions.of(target, ExportPreset.KLAVIYO).withSplitBytes(1024);
        int[] opened = {0};
        StagedFiles.Opener failsSecond = file -> {
            if (++opened[0] == 2) {
                throw new java.io.IOException("No space left on device");
            }
            return Files.newOutputStream(file);
        };

        ExportException e = assertThrows(ExportException.class, () -> CampaignExporter.export(ExportFixtures.many(60),
                ExportFixtures.spread(60, 2), io.personae.analytics.personas.StrategyPlanner.plan(ExportFixtures.many(60),
                        ExportFixtures.spread(60, 2).result()), io.personae.analytics.personas.ActionVocabulary.defaults(),
                options, io.personae.analytics.progress.ProgressMonitor.NONE, failsSecond));

        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("no part of the export"),
                e.getMessage());
        assertEquals(List.of(), fileNames(folder));
    }

    @Test
    void givenHubSpot_whenExported_thenLifecycleStageFollowsTheNamesAndCustomersWithOrdersAreCustomers() throws Exception {
        Path target = folder.resolve("hubspot.csv");

        export(ExportOptions.of(target, ExportPreset.HUBSPOT));

        List<String> lines = lines(target);
        assertEquals("Email,First Name,Last Name,Lifecycle Stage,Segment,Persona,Primary Action,Secondary Action", lines.getFirst());
        assertTrue(lines.get(1).startsWith("ann@example.com,Ann," + "é".repeat(200) + ",customer,Segment 1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("BOB@example.com,'=Bob,Jones,,Segment 2,"), lines.get(2));
        assertEquals(3, lines.size());
        assertEquals("marketingqualifiedlead", LifecycleStage.MARKETING_QUALIFIED_LEAD.value());
    }

    @Test
    void givenHubSpotToAnXlsxName_whenExported_thenAWorkbookIsWrittenWithGuardedTextCells() throws Exception {
        Path target = folder.resolve("hubspot.xlsx");

        export(ExportOptions.of(target, ExportPreset.HUBSPOT));

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Lifecycle Stage", sheet.getRow(0).getCell(3).getStringCellValue());
            Row bob = sheet.getRow(2);
            assertEquals(CellType.STRING, bob.getCell(1).getCellType());
            assertEquals("'=Bob", bob.getCell(1).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void givenTheXlsxPreset_whenExported_thenTheWorkbookHasThePlainListsColumnsAndEveryCustomer() throws Exception {
        Path target = folder.resolve("list.xlsx");

        ExportSummary summary = export(ExportOptions.of(target, ExportPreset.XLSX).withColumns(List.of("Spend")));

        assertEquals(7, summary.rows());
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertEquals("Email Address", header.getCell(0).getStringCellValue());
            assertEquals("Spend", header.getCell(7).getStringCellValue());
            assertEquals("40.5", workbook.getSheetAt(0).getRow(7).getCell(7).getStringCellValue());
        }
    }

    @Test
    void givenTheBomOption_whenAPlainListIsExported_thenTheFileStartsWithTheUtf8ByteOrderMark() throws Exception {
        Path target = folder.resolve("excel.csv");

        export(new ExportOptions(target, Set.of()).withBom(true));

        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'E'}, Arrays.copyOf(bytes, 4));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).endsWith("\r\n"));
    }

    @Test
    void givenAnUnknownExtraColumn_whenExported_thenTheMessageListsTheColumnsAndNothingIsWritten() {
        Path target = folder.resolve("x.csv");

        ExportException e = assertThrows(ExportException.class,
                () -> export(ExportOptions.of(target, ExportPreset.MAILCHIMP).withColumns(List.of("Shoe size"))));

        assertTrue(e.getMessage().contains("'Shoe size'") && e.getMessage().contains("Spend, Orders, Country"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void givenMailchimpToAnXlsxName_whenOptionsAreMade_thenTheyAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportOptions.of(folder.resolve("m.xlsx"), ExportPreset.MAILCHIMP));

        assertTrue(e.getMessage().contains("Mailchimp imports CSV files"), e.getMessage());
    }

    @Test
    void givenPresetNames_whenLookedUp_thenIdsAndLabelsWorkAndUnknownNamesListTheChoices() {
        assertEquals(ExportPreset.GENERIC_CSV, ExportPreset.of("csv"));
        assertEquals(ExportPreset.HUBSPOT, ExportPreset.of("HubSpot"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportPreset.of("sendgrid"));
        assertTrue(e.getMessage().contains("mailchimp, klaviyo, hubspot, csv, xlsx"), e.getMessage());
    }
}
