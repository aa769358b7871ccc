package io.personae.analytics.exporter;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.personas.Segmentation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// The persona report for a client or the creative team: one self-contained HTML file and, when
/// asked, a PDF of the same content. Each file is written whole or not at all.
public final class PersonaReport {

    private PersonaReport() {}

    /// Writes the report of `segmentation` to `html` and, unless `pdf` is `null`, to `pdf`.
    ///
    /// @param title heading of the report, for example the workspace's name
    /// @return the files written
    /// @throws ExportException when a file cannot be written; files already written stay
    public static List<Path> write(Path html, Path pdf, String title, Segmentation segmentation,
            List<PersonaProfile> profiles, Scorecard scorecard, CustomerStrategy strategy, ActionVocabulary vocabulary,
            ProgressMonitor progress) throws ExportException {
        if (html == null && pdf == null) {
            throw new IllegalArgumentException("Choose an HTML file, a PDF file or both for the report.");
        }
        ReportModel model = ReportModel.of(title, Instant.now(), segmentation, profiles, scorecard, strategy, vocabulary);
        List<Path> written = new ArrayList<>();
        if (html != null) {
            progress.update(0.1, "Drawing the report");
            String page = HtmlReport.render(model);
            progress.checkCancelled();
            AtomicFile.write(html, out -> out.write(page));
            written.add(html);
        }
        if (pdf != null) {
            progress.update(0.5, "Laying out the PDF");
            byte[] bytes = PdfReport.render(model);
            progress.checkCancelled();
            AtomicFile.writeBytes(pdf, bytes);
            written.add(pdf);
        }
        progress.update(1, "Report written");
        return written;
    }
}
