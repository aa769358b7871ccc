package io.personae.analytics.cli;

import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/// The throwaway project a benchmark works on, deleted when closed: either a file imported into a
/// temporary workspace, or a copy of a workspace the user already has.
///
/// decision: the copy lets the export and persona benchmarks run on 1,000,000 customers without
/// importing 9 million order rows before every run (minutes of work that is not what they time),
/// and the copy keeps the user's workspace free of the benchmark's export history.
final class BenchProject implements AutoCloseable {

    private static final int PREVIEW_ROWS = 200;

    private final Path folder;
    private final Project project;

    private BenchProject(Path folder, Project project) {
        this.folder = folder;
        this.project = project;
    }

    /// Exactly one of `file` (imported with the columns guessed as by `personae import`) and
    /// `workspace` (copied) is given.
    static BenchProject open(Path file, Path workspace, String name)
            throws ImportException, WorkspaceException {
        if ((file == null) == (workspace == null)) {
            throw new IllegalArgumentException("Give either a FILE to import or --workspace DIR to copy, not both or neither.");
        }
        Path folder = temporaryFolder(name);
        try {
            return new BenchProject(folder, workspace != null ? copy(workspace, folder) : imported(file, folder));
        } catch (ImportException | WorkspaceException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    Project project() {
        return project;
    }

    /// The folder the benchmark may write its own files into; deleted with the project.
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            project.close();
        } finally {
            delete(folder);
        }
    }

    /// The median of `values`, the figure every benchmark prints.
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Project imported(Path file, Path folder) throws ImportException, WorkspaceException {
        ImportOptions options = RoleGuesser.guess(TableReaders.preview(file, PREVIEW_ROWS)).orElseThrow(() ->
                new IllegalArgumentException("The columns of " + file + " cannot be guessed; import it once with"
                        + " personae import to see which ones are missing."));
        Project project = Project.open(folder.resolve("bench"));
        try {
            project.importFile(file, options, ProgressMonitor.NONE);
            return project;
        } catch (ImportException | WorkspaceException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    private static Project copy(Path workspace, Path folder) throws WorkspaceException {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("No workspace at " + workspace + ". Create one with personae import --workspace.");
        }
        try (Project original = Project.open(workspace)) {
            Project copy = original.saveAs(folder.resolve("bench"));
            if (copy.customers().isEmpty()) {
                copy.close();
                throw new IllegalArgumentException("The workspace " + workspace + " holds no customers yet. Import a file into it first.");
            }
            return copy;
        }
    }

    private static Path temporaryFolder(String name) throws WorkspaceException {
        try {
            return Files.createTempDirectory("personae-bench-" + name + "-");
        } catch (IOException e) {
            throw new WorkspaceException("A temporary workspace cannot be created (" + e.getMessage()
                    + "). Free some space in the temporary folder.", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the benchmark's figures stand; a leftover temporary folder is the system's to clear
        }
    }
}
