package io.personae.analytics.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.ScorecardThresholds;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaReportTest {

    @TempDir
    Path folder;

    private List<Path> report(Path html, Path pdf) throws Exception {
        Segmentation segmentation = ExportFixtures.SEGMENTATION;
        PersonaAnalysis analysis = PersonaAnalysis.of(ExportFixtures.TABLE, segmentation.result(), ScorecardThresholds.DEFAULTS,
                ActionVocabulary.defaults());
        Segmentation noted = new Segmentation(segmentation.result(), List.of(segmentation.personas().get(0)
                .withDescription("They spend <a lot>.").withNotes("Invite to the launch"), segmentation.personas().get(1)));
        return PersonaReport.write(html, pdf, "Personas: shop", noted, analysis.profiles(), analysis.scorecard(),
                analysis.strategy(), ActionVocabulary.defaults(), ProgressMonitor.NONE);
    }

    @Test
    void givenTwoPersonas_whenTheReportIsWritten_thenTheHtmlHoldsEveryChartAsInlineSvgAndEveryPersona() throws Exception {
        Path html = folder.resolve("report.html");

        assertEquals(List.of(html), report(html, null));

        String page = Files.readString(html, StandardCharsets.UTF_8);
        for (String id : List.of("chart-sizes", "chart-profile", "chart-actions")) {
            Matcher figure = Pattern.compile("<figure class=\"chart\" id=\"" + id + "\">.*?<svg.*?</svg>\\s*</figure>", Pattern.DOTALL)
                    .matcher(page);
            assertTrue(figure.find(), id);
        }
        assertTrue(page.contains("<article class=\"persona\" id=\"persona-1\">"));
        assertTrue(page.contains("Small, &quot;careful&quot; buyers"));
        assertTrue(page.contains("They spend &lt;a lot&gt;."));
        assertTrue(page.contains("Invite to the launch"));
        assertTrue(page.contains("class=\"light "));
        assertFalse(page.contains("<script") || page.contains("src=\"http") || page.contains("href=\"http"),
                "the report must not load anything");
    }

    @Test
    void givenAPdfTarget_whenTheReportIsWritten_thenAPdfWithSeveralPagesIsWritten() throws Exception {
        Path pdf = folder.resolve("report.pdf");

        report(null, pdf);

        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.startsWith("%PDF-"));
        assertTrue(bytes.strip().endsWith("%%EOF"));
        assertTrue(Pattern.compile("/Type /Page\\b").matcher(bytes).results().count() >= 2);
    }

    @Test
    void givenHeadlessChromium_whenTheReportIsRendered_thenEveryChartIsInTheDom() throws Exception {
        String chromium = executable("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        Path html = folder.resolve("report.html");
        report(html, null);

        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + folder.resolve("profile"), "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        for (String id : List.of("chart-sizes", "chart-profile", "chart-actions")) {
            assertTrue(Pattern.compile("id=\"" + id + "\".*?<svg", Pattern.DOTALL).matcher(dom).find(), id);
        }
    }

    /// The first of `names` on the PATH, or `null`.
    static String executable(String... names) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
