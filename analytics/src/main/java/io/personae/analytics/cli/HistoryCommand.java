package io.personae.analytics.cli;

import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.project.Project;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae history --workspace DIR [--export ID]`: the exports written from a workspace, newest
/// first, or the customers one export wrote ("who got the spring campaign").
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the exports written from a workspace, or the customers of one export.")
final class HistoryCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace")
    Path workspace;

    @Option(names = "--export", paramLabel = "ID", description = "list the customers this export wrote, one per line with their group")
    Long export;

    @Override
    void run() throws WorkspaceException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            if (export != null) {
                printResult("Customer ID,Variant");
                for (ExportedCustomer customer : project.customersOf(export)) {
                    printResult(customer.id() + "," + customer.variant());
                }
                return;
            }
            List<ExportRecord> history = project.exportHistory();
            if (history.isEmpty()) {
                printResult("No exports yet.");
            }
            history.forEach(record -> printResult(record.describe()));
        }
    }
}
