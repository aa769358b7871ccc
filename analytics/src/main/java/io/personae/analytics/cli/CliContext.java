package io.personae.analytics.cli;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.Console;
import java.io.PrintWriter;

/// What the commands need to know about where they run, decided once in [PersonaeCli] so tests
/// can run the commands as a script would.
///
/// @param interactive whether a person watches the terminal; only then is progress shown
public record CliContext(boolean interactive) {

    /// The context of this process: interactive when the console is a terminal.
    public static CliContext detect() {
        Console console = System.console();
        // decision: Java cannot ask whether stderr alone is a terminal; a console that is a
        // terminal is the closest test, and keeps progress out of redirected output and logs.
        return new CliContext(console != null && console.isTerminal());
    }

    /// A monitor drawing one updating line on `err`, or none when nobody watches.
    ProgressMonitor progress(PrintWriter err) {
        return interactive ? new TerminalProgress(err) : ProgressMonitor.NONE;
    }
}
