package io.personae.analytics.cli;

import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.project.Project;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae quality --workspace DIR`: the data quality report of the workspace's last import,
/// one line per finding, for a user deciding whether to trust the figures.
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Shows the data quality report of the last import: rows rejected and why, each column's figures,"
                + " the cleaning done.")
final class QualityCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace")
    Path workspace;

    @Override
    void run() throws WorkspaceException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            Optional<QualityReport> report = project.qualityReport();
            if (report.isEmpty()) {
                printResult(project.lastImport().isEmpty() ? "Nothing imported yet."
                        : "The last import was made before quality reports were kept; import the file again to get one.");
                return;
            }
            report.get().describe().forEach(this::printResult);
        }
    }
}
