package io.personae.analytics.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `personae bench ...`: timings to compare the engine with reference implementations.
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times engine algorithms on a file, for comparison with reference implementations.",
        subcommands = {KMeansBenchCommand.class, SweepBenchCommand.class, ResegmentBenchCommand.class,
                ImportBenchCommand.class, ExportBenchCommand.class, PersonasBenchCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Choose what to time: kmeans, sweep, resegment, import, export or personas.");
    }
}
