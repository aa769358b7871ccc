package io.personae.analytics.cli;

import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/// What every command shares: printing through picocli's writers (so tests can capture them),
/// progress on the terminal, and turning the engine's errors into one line and exit code 1.
abstract class EngineCommand implements Callable<Integer> {

    static final int FAILED = 1;

    @CommandLine.Spec
    CommandSpec spec;

    private ProgressMonitor progress;

    /// Does the command's work and prints its result.
    abstract void run() throws ImportException, WorkspaceException, SegmentationException, ExportException;

    @Override
    public final Integer call() {
        try {
            run();
            return CommandLine.ExitCode.OK;
        } catch (ImportException | WorkspaceException | SegmentationException | ExportException
                | IllegalArgumentException | CancelledException e) {
            clearProgress();
            err().println("personae: " + e.getMessage());
            return FAILED;
        } finally {
            clearProgress();
            out().flush();
            err().flush();
        }
    }

    /// Prints the command's one-line result on stdout, after clearing the progress line that
    /// shares the terminal with it.
    void printResult(String line) {
        clearProgress();
        out().println(line);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    ProgressMonitor progress() {
        if (progress == null) {
            progress = ((PersonaeCli) spec.root().userObject()).context().progress(err());
        }
        return progress;
    }

    /// A workspace that must already hold data: without this check a mistyped path would
    /// quietly create an empty workspace and then report that there is nothing in it.
    static void requireWorkspace(Path workspace) throws WorkspaceException {
        if (!Files.exists(workspace) && !Files.exists(Path.of(workspace + ".mv.db"))) {
            throw new WorkspaceException("There is no workspace at " + workspace
                    + ". Import a file into it first: personae import FILE --workspace " + workspace);
        }
    }

    private void clearProgress() {
        if (progress instanceof TerminalProgress terminal) {
            terminal.clear();
        }
    }
}
