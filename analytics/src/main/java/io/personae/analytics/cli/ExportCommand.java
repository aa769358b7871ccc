package io.personae.analytics.cli;

import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.project.Project;
import io.personae.analytics.project.Segmentation;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae export --workspace DIR --out FILE [--segment S]...`: writes the customers of the
/// latest segmentation's chosen segments as a CSV for an email tool.
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the customers of chosen segments to a CSV file for an email tool.")
final class ExportCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace, already segmented")
    Path workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file to write; replaced if it exists")
    Path target;

    @Option(names = "--segment", paramLabel = "NAME_OR_NUMBER",
            description = "a segment's name or its number as `segment` prints it; repeat for more; default: every segment")
    List<String> segments = new ArrayList<>();

    @Override
    void run() throws WorkspaceException, ExportException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            Segmentation segmentation = project.segmentation().orElseThrow(() -> new ExportException(
                    "The workspace has no segments yet. Segment it first: personae segment --workspace " + workspace + " --k 5"));
            ExportOptions options = new ExportOptions(target, chosen(segmentation));
            printResult(project.export(options, progress()).describe());
        }
    }

    private Set<Integer> chosen(Segmentation segmentation) throws ExportException {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String wanted : segments) {
            OptionalInt segment = segmentation.findSegment(wanted);
            if (segment.isEmpty()) {
                throw new ExportException("There is no segment '" + wanted + "'. Choose one of: "
                        + segmentation.personas().stream().map(persona -> SegmentCommand.label(segmentation, persona))
                                .collect(Collectors.joining(", ")) + ".");
            }
            chosen.add(segment.getAsInt());
        }
        return chosen;
    }
}
