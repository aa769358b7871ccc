package io.personae.analytics.cli;

import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Check;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Scorecard;
import io.personae.analytics.personas.SegmentScore;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `personae personas --workspace DIR [--rename N=NAME]...`: the latest segmentation's personas,
/// one block per segment: number, name, size and shares, scorecard lights, action and
/// description; then the scorecard's warnings. `--rename` renames personas first, as the
/// window does, so the name is kept across re-runs.
@Command(name = "personas", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints the latest segmentation's personas with their scorecard, action and description.")
final class PersonasCommand extends EngineCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace, already segmented")
    Path workspace;

    @Option(names = "--rename", paramLabel = "N=NAME",
            description = "rename the persona of segment N (its number as printed); repeatable")
    List<String> renames = new ArrayList<>();

    @Override
    void run() throws WorkspaceException, SegmentationException {
        requireWorkspace(workspace);
        try (Project project = Project.open(workspace)) {
            Segmentation segmentation = project.segmentation().orElseThrow(() -> new SegmentationException(
                    "The workspace has no segments yet. Segment it first: personae segment --workspace " + workspace + " --k 5"));
            for (String rename : renames) {
                segmentation = rename(project, rename);
            }
            Scorecard scorecard = project.scorecard();
            CustomerStrategy strategy = project.strategy();
            ActionVocabulary vocabulary = project.actionVocabulary();
            List<String> blocks = new ArrayList<>();
            for (Persona persona : segmentation.personas()) {
                blocks.add(block(segmentation, persona, scorecard.segment(persona.segment()), strategy, vocabulary));
            }
            if (!scorecard.warnings().isEmpty()) {
                blocks.add("Warnings:\n" + scorecard.warnings().stream().map(w -> "  - " + w).collect(Collectors.joining("\n")));
            }
            printResult(String.join("\n\n", blocks));
        }
    }

    private Segmentation rename(Project project, String rename) throws WorkspaceException {
        int equals = rename.indexOf('=');
        int number;
        try {
            number = equals < 0 ? -1 : Integer.parseInt(rename.substring(0, equals).strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rename takes a segment number and a name, as in --rename 3=\"Loyal regulars\"; got '" + rename + "'");
        }
        return project.renamePersona(number - 1, rename.substring(equals + 1));
    }

    /// ```
    /// 3 Recent, frequent, high spend: 812 customers (16.2%), 41.2% of revenue
    ///   Substantial GREEN, Contactable GREEN, Differentiable AMBER, Actionable GREEN
    ///   Action: Retain
    ///   They last bought ...
    /// ```
    static String block(Segmentation segmentation, Persona persona, SegmentScore score, CustomerStrategy strategy,
            ActionVocabulary vocabulary) {
        StringBuilder text = new StringBuilder();
        text.append(segmentation.number(persona)).append(' ').append(persona.name()).append(": ")
                .append(SegmentCommand.count(persona.size())).append(" customers (").append(percent(persona.customerShare()))
                .append(')');
        if (persona.hasRevenue()) {
            text.append(", ").append(percent(persona.revenueShare())).append(" of revenue");
        }
        text.append("\n  ").append(score.checks().stream().map(PersonasCommand::light).collect(Collectors.joining(", ")));
        text.append("\n  Action: ").append(strategy.segmentAction(persona.segment()).map(vocabulary::label).orElse("none"));
        if (!persona.description().isEmpty()) {
            text.append("\n  ").append(persona.description());
        }
        if (!persona.notes().isEmpty()) {
            text.append("\n  Notes: ").append(persona.notes());
        }
        return text.toString();
    }

    private static String light(Check check) {
        return check.criterion().label() + " " + check.light();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
