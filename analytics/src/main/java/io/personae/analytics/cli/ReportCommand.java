package io.personae.analytics.cli;

import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.project.Project;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae report --workspace DIR --html FILE [--pdf FILE]`: the persona report of the latest
/// segmentation, for a client or the creative team.
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the persona report: one self-contained HTML file and, if asked, a PDF.")
final class ReportCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace, already segmented")
    Path workspace;

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "the HTML file to write")
    Path html;

    @Option(names = "--pdf", paramLabel = "FILE", description = "also write the report as a PDF")
    Path pdf;

    @Override
    void run() throws WorkspaceException, ExportException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            List<Path> written = project.report(html, pdf, progress());
            printResult("Wrote the persona report to "
                    + written.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(" and ")));
        }
    }
}
