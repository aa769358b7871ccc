package io.personae.analytics.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.progress.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What an import leaves in the workspace besides the data: how the file was read, to repeat
/// it, and the quality report.
class ImportRecordTest {

    private static final ImportOptions EVERYTHING = new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", "Email", "First",
            "Last", "InvoiceDate", null, List.of(), List.of("Country", "Channel"), "Quantity", "Price", "Invoice",
            Cancellations.EXCLUDE,
            new FileFormat(FileFormat.Delimiter.SEMICOLON, FileFormat.HeaderRow.FIRST_ROW, FileFormat.Encoding.WINDOWS_1252,
                    "Year 2010", true, FileFormat.DateOrder.DAY_FIRST),
            new Cleaning(false, Cleaning.MissingIds.KEEP, true, 99.5, Cleaning.DuplicateIds.REFUSE));

    @TempDir
    Path dir;

    @Test
    void givenEveryOption_whenFormattedAndParsed_thenTheSameOptionsComeBack() {
        assertEquals(EVERYTHING, OptionsText.parse(OptionsText.format(EVERYTHING)));
    }

    @Test
    void givenARecordFromBeforeFormatsWereKept_whenParsed_thenTheDefaultsOfThatTimeApply() {
        ImportOptions old = OptionsText.parse("kind=CUSTOMERS\ncustomerId=id\nfeature=spend\nfeature=visits\ncategory=gender\n");

        assertEquals(new ImportOptions(DataKind.CUSTOMERS, "id", null, null, null, null, null, List.of("spend", "visits"),
                List.of("gender")), old);
    }

    @Test
    void givenAnImportWithARejectedRow_whenTheWorkspaceIsReopened_thenItsOptionsAndQualityReportAreThere() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, """
                customer_id,order_date,amount,email
                A,2024-01-02,10,a@example.com
                ,2024-01-03,12,nobody
                B,2024-01-05,-,b@example
                """);
        ImportOptions options = new ImportOptions(DataKind.TRANSACTIONS, "customer_id", "email", null, null, "order_date", "amount",
                List.of()).withCleaning(Cleaning.DEFAULTS.withCapPercentile(90));
        ImportedFile imported = Importer.read(file, options, ProgressMonitor.NONE);
        try (Workspace workspace = Workspace.open(dir.resolve("ws.mv.db"))) {
            workspace.replaceData(imported, TransactionFeatures.build(imported.transactions()), ProgressMonitor.NONE);
        }

        try (Workspace reopened = Workspace.open(dir.resolve("ws.mv.db"))) {
            QualityReport report = reopened.qualityReport().orElseThrow();
            assertEquals(imported.quality(), report);
            assertEquals(3, report.rowsRead());
            assertEquals(2, report.rowsRejected());
            assertTrue(report.rejectionReasons().containsKey("there is no customer id"), report.rejectionReasons().toString());
            assertEquals(2, report.columns().get(3).invalidEmails());
            assertEquals(options, reopened.lastImportOptions().orElseThrow());
        }
    }

    @Test
    void givenANewWorkspace_whenAskedForTheQualityReport_thenThereIsNone() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("new.mv.db"))) {
            assertTrue(workspace.qualityReport().isEmpty());
            assertTrue(workspace.lastImportOptions().isEmpty());
        }
    }
}
