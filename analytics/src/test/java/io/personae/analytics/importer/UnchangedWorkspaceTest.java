package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every bad file leaves the workspace exactly as the import before it left it: the same
/// customers and the same last import, in the open project and after reopening the file.
class UnchangedWorkspaceTest {

    private static final ImportOptions ORDERS =
            new ImportOptions(DataKind.TRANSACTIONS, "customer_id", null, null, null, "order_date", "amount", List.of());
    private static final String GOOD = """
            customer_id,order_date,amount
            A,2024-01-02,10
            A,2024-02-02,20
            B,2024-01-05,7.50
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"binary.csv", "empty.csv", "header-only.csv", "ragged.csv", "unclosed-quote.csv",
        "duplicate-columns.csv", "unnamed-column.csv", "not-a-workbook.xlsx", "password.xlsx", "truncated.xlsx"})
    void givenAnImport_whenABadFileIsImported_thenTheWorkspaceIsUnchanged(String fixture) throws Exception {
        assertUnchangedBy(Fixtures.file("bad/" + fixture));
    }

    @Test
    void givenAnImport_whenAZipBombWorkbookIsImported_thenItIsRefusedAndTheWorkspaceIsUnchanged() throws Exception {
        Path bomb = zipBomb();

        ImportException e = assertThrows(ImportException.class, () -> Importer.read(bomb, ORDERS, ProgressMonitor.NONE));

        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bomb.xlsx"), e.getMessage());
        assertUnchangedBy(bomb);
    }

    private void assertUnchangedBy(Path bad) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, GOOD);
        Path workspace = dir.resolve("ws");
        Files.createDirectories(workspace);
        String[] ids;
        ImportSummary before;
        try (Project project = Project.open(workspace)) {
            project.importFile(good, ORDERS, ProgressMonitor.NONE);
            ids = project.customers().orElseThrow().ids();
            before = project.lastImport().orElseThrow();

            assertThrows(ImportException.class, () -> project.importFile(bad, ORDERS, ProgressMonitor.NONE));

            assertArrayEquals(ids, project.customers().orElseThrow().ids());
            assertEquals(before, project.lastImport().orElseThrow());
        }
        try (Project reopened = Project.open(workspace)) {
            assertArrayEquals(ids, reopened.customers().orElseThrow().ids());
            assertEquals(before.file(), reopened.lastImport().orElseThrow().file());
            assertEquals(before.rowsRead(), reopened.lastImport().orElseThrow().rowsRead());
            assertEquals(3, reopened.qualityReport().orElseThrow().rowsRead());
        }
    }

    /// A real workbook whose sheet part is padded with 4 MB of spaces after each row: valid XML
    /// that packs to a few kilobytes, far past POI's 100-fold inflation limit.
    private Path zipBomb() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            var sheet = workbook.createSheet("Orders");
            String[][] rows = {{"customer_id", "order_date", "amount"}, {"A", "2024-01-02", "10"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    xml = xml.replace("</row>", "</row>" + " ".repeat(4 << 20));
                    content = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bomb;
    }
}
