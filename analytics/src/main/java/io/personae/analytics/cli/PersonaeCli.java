package io.personae.analytics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// The `personae` command: everything the workbench does to data, scriptable and testable
/// without a window. Each subcommand opens the workspace, does one thing through the
/// [io.personae.analytics.project.Project] facade, prints one line on stdout and closes it.
@Command(
        name = "personae",
        mixinStandardHelpOptions = true,
        versionProvider = PersonaeCli.Version.class,
        description = "Customer segmentation from the command line: import, segment, export.",
        subcommands = {ImportCommand.class, SegmentCommand.class, ExportCommand.class, PersonasCommand.class,
                ReportCommand.class, HistoryCommand.class, BenchCommand.class, QualityCommand.class})
public final class PersonaeCli implements Runnable {

    private final CliContext context;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public PersonaeCli() {
        this(CliContext.detect());
    }

    public PersonaeCli(CliContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        // decision: engine errors users can cause are reported by each command as one line; an
        // unexpected exception keeps picocli's stack trace, since it is a bug worth reporting whole.
        System.exit(new CommandLine(new PersonaeCli()).execute(args));
    }

    CliContext context() {
        return context;
    }

    /// `personae` alone: there is nothing to do, so say what can be done.
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Choose a command: import, segment, export or bench.");
    }

    /// The version Maven wrote into the jar; a build from an IDE has none.
    static final class Version implements CommandLine.IVersionProvider {

        private static final String POM_PROPERTIES = "/META-INF/maven/io.personae/personae-analytics/pom.properties";

        @Override
        public String[] getVersion() throws IOException {
            try (InputStream in = PersonaeCli.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    return new String[] {"personae (development build)"};
                }
                Properties properties = new Properties();
                properties.load(in);
                return new String[] {"personae " + properties.getProperty("version", "(unknown version)")};
            }
        }
    }
}
