package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ORDERS = """
            Order ID,Order Date,Customer ID,Email,First Name,Last Name,Order Total
            1,2026-01-05,A1,ann@example.com,Ann,Smith,20.00
            2,2026-02-05,A1,ann@example.com,Ann,Smith,25.00
            3,2026-01-10,B2,bob@example.com,Bob,Jones,200.00
            4,2026-03-10,B2,bob@example.com,Bob,Jones,180.00
            5,2026-06-01,C3,not an address,Cy,Brown,15.00
            6,2026-06-20,C3,not an address,Cy,Brown,12.50
            7,2026-06-21,D4,dee@example.com,=Dee,Doe,30.00
            8,2026-06-22,E5,eve@example.com,Eve,Earl,220.00
            """;

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void segmented() throws Exception {
        workspace = folder.resolve("shop");
        Path orders = Files.writeString(folder.resolve("orders.csv"), ORDERS);
        assertEquals(0, personae("import", orders.toString(), "--workspace", workspace.toString()).exitCode());
        assertEquals(0, personae("segment", "--workspace", workspace.toString(), "--k", "2").exitCode());
    }

    @Test
    void givenKlaviyoWithTestGroups_whenExported_thenTheSummaryListsRowsLeftOutGroupsAndTheHint() throws Exception {
        Path list = folder.resolve("spring.csv");
        Path excluded = folder.resolve("spring-excluded.csv");

        CliRun run = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--preset", "klaviyo",
                "--ab", "50,50", "--seed", "7", "--excluded", excluded.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> out = run.out().strip().lines().toList();
        assertEquals("Exported 4 customers to spring.csv", out.getFirst());
        assertTrue(out.contains("Left out 1 customer: Invalid email address (1)"), run.out());
        assertTrue(out.contains("Groups (seed 7): A 2, B 2"), run.out());
        assertTrue(out.stream().anyMatch(line -> line.startsWith("With 2 per variant")), run.out());
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        assertTrue(lines.getFirst().startsWith("Email,") && lines.getFirst().endsWith(",Variant"), lines.getFirst());
        assertTrue(lines.stream().anyMatch(line -> line.contains(",'=Dee,")), lines.toString());
        assertEquals(2, Files.readAllLines(excluded).size());
    }

    @Test
    void givenAnExport_whenTheHistoryIsAsked_thenItListsTheExportAndItsCustomersWithTheirGroups() {
        Path list = folder.resolve("spring.csv");
        personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--preset", "mailchimp",
                "--ab", "50,50", "--seed", "7");

        CliRun history = personae("history", "--workspace", workspace.toString());
        CliRun customers = personae("history", "--workspace", workspace.toString(), "--export", "1");

        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().startsWith("#1 ") && history.out().contains("Mailchimp, every segment: 4 to spring.csv,"
                + " 1 left out, groups 50,50 seed 7"), history.out());
        List<String> rows = customers.out().strip().lines().toList();
        assertEquals("Customer ID,Variant", rows.getFirst());
        assertEquals(5, rows.size());
        assertEquals(2, rows.stream().filter(row -> row.endsWith(",A")).count());
    }

    @Test
    void givenASegmentedWorkspace_whenTheReportIsAsked_thenHtmlAndPdfAreWritten() {
        Path html = folder.resolve("personas.html");
        Path pdf = folder.resolve("personas.pdf");

        CliRun run = personae("report", "--workspace", workspace.toString(), "--html", html.toString(), "--pdf", pdf.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wrote the persona report to personas.html and personas.pdf", run.out().strip());
        assertTrue(Files.exists(html) && Files.exists(pdf));
    }

    @Test
    void givenBadOptions_whenExporting_thenEachFailsWithOneLineAndNoFile() {
        Path list = folder.resolve("x.csv");

        CliRun shares = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--ab", "60,60");
        CliRun preset = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--preset", "sendgrid");
        CliRun seedAlone = personae("export", "--workspace", workspace.toString(), "--out", list.toString(), "--seed", "3");

        for (CliRun run : List.of(shares, preset, seedAlone)) {
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("personae: ") && !run.err().contains("\tat "), run.err());
        }
        assertTrue(shares.err().contains("add up to 120%"), shares.err());
        assertTrue(preset.err().contains("choose one of mailchimp"), preset.err());
        assertFalse(Files.exists(list));
    }

    @Test
    void givenExcludedOnly_whenExporting_thenOnlyTheCustomersLeftOutAreWrittenWithTheirReasonAndNothingIsRecorded()
            throws Exception {
        Path excluded = folder.resolve("left-out.csv");

        CliRun run = personae("export", "--workspace", workspace.toString(), "--preset", "mailchimp", "--excluded",
                excluded.toString(), "--excluded-only");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Wrote the list of 1 customer left out to left-out.csv (4 would be exported)",
                "Left out 1 customer: Invalid email address (1)"), run.lines());
        assertEquals(List.of("Customer ID,Email Address,Segment,Reason,Detail"), Files.readAllLines(excluded).subList(0, 1));
        assertTrue(Files.readAllLines(excluded).get(1).matches("C3,not an address,Segment \\d,Invalid email address,"),
                Files.readAllLines(excluded).toString());
        assertTrue(personae("history", "--workspace", workspace.toString()).out().contains("No export"),
                "nothing recorded");
    }

    @Test
    void givenExcludedOnlyWithoutItsFileOrWithAnExportTarget_whenExporting_thenItFailsSayingWhatToGive() {
        CliRun noFile = personae("export", "--workspace", workspace.toString(), "--excluded-only");
        CliRun withOut = personae("export", "--workspace", workspace.toString(), "--excluded-only", "--excluded",
                folder.resolve("e.csv").toString(), "--out", folder.resolve("x.csv").toString());
        CliRun neither = personae("export", "--workspace", workspace.toString());

        assertTrue(noFile.exitCode() == 1 && noFile.err().contains("--excluded FILE"), noFile.err());
        assertTrue(withOut.exitCode() == 1 && withOut.err().contains("leave out --out"), withOut.err());
        assertTrue(neither.exitCode() == 1 && neither.err().contains("--out FILE"), neither.err());
        assertFalse(Files.exists(folder.resolve("e.csv")) || Files.exists(folder.resolve("x.csv")));
    }

    @Test
    void givenTheXlsxPresetAndAnXlsxName_whenExporting_thenAWorkbookIsWritten() throws Exception {
        Path book = folder.resolve("list.xlsx");

        CliRun run = personae("export", "--workspace", workspace.toString(), "--out", book.toString(), "--preset", "xlsx");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("PK", new String(Files.readAllBytes(book), 0, 2, StandardCharsets.US_ASCII));
    }
}
