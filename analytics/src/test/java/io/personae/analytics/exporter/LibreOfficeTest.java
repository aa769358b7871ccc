package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A list with formula-like names opened by LibreOffice (headless, as Debian packages it): no
/// formula may run. Skipped when `soffice` is not installed.
class LibreOfficeTest {

    @TempDir
    Path folder;

    @Test
    void givenFormulaLikeNames_whenTheExportIsConvertedByLibreOffice_thenEveryCellIsTheTextWritten() throws Exception {
        String soffice = PersonaReportTest.executable("soffice", "libreoffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
        String[] names = {"=1+1", "+2+2", "-3+3", "@SUM(1,1)", "=HYPERLINK(\"http://x\")"};
        CustomerTable table = new CustomerTable(new String[] {"a", "b", "c", "d", "e"},
                new String[] {"a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com"}, names, names,
                ExportFixtures.many(5).features(), ExportFixtures.many(5).values());
        Path exported = folder.resolve("formulas.xlsx");
        export(table, ExportFixtures.spread(5, 2), ExportOptions.of(exported, ExportPreset.XLSX));
        Path out = Files.createDirectory(folder.resolve("out"));

        Process process = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "csv", "--outdir", out.toString(), exported.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));

        List<String> lines = Files.readAllLines(out.resolve("formulas.csv"), StandardCharsets.UTF_8);
        for (int i = 0; i < names.length; i++) {
            String line = lines.get(i + 1);
            assertTrue(line.contains("'" + names[i].replace("\"", "\"\"")), line);
            assertEquals(-1, line.indexOf(",2,"), line);
        }
        assertTrue(Arrays.asList(lines.get(1).split(",")).contains("'=1+1"), lines.get(1));
    }
}
