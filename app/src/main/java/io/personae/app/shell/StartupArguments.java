package io.personae.app.shell;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

/// What the command line asks the window to open first.
///
/// @param mode      what to open
/// @param workspace the project file for [Mode#OPEN], else `null`
public record StartupArguments(Mode mode, Path workspace) {

    public enum Mode {
        /// `--sample`: import the bundled sample orders into a scratch project and segment them
        SAMPLE,
        /// a project file given on the command line
        OPEN,
        /// nothing given: the most recent project, if any
        RECENT
    }

    private static final System.Logger LOG = System.getLogger(StartupArguments.class.getName());

    public StartupArguments {
        if ((mode == Mode.OPEN) != (workspace != null)) {
            throw new IllegalArgumentException("A project file is given exactly when one is to be opened");
        }
    }

    public static StartupArguments open(Path workspace) {
        return new StartupArguments(Mode.OPEN, workspace);
    }

    /// `--sample` wins over a path; unknown options are logged and ignored.
    public static StartupArguments parse(List<String> args) {
        Path workspace = null;
        for (String arg : args) {
            if (arg.equals("--sample")) {
                return new StartupArguments(Mode.SAMPLE, null);
            } else if (arg.startsWith("--")) {
                LOG.log(Level.WARNING, "Ignoring unknown option " + arg + "; the options are --sample or a project file");
            } else if (workspace == null) {
                workspace = Path.of(arg);
            }
        }
        return workspace == null ? new StartupArguments(Mode.RECENT, null) : open(workspace);
    }
}
