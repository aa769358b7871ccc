package io.personae.analytics.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/// One in-process run of the `personae` command with what it printed: how the command-line tests
/// drive it, as a user's shell would, without starting a JVM per command.
record CliRun(int exitCode, String out, String err) {

    static CliRun personae(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PersonaeCli(new CliContext(false)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /// What was printed on standard output, a line each.
    List<String> lines() {
        return out.strip().lines().toList();
    }
}
