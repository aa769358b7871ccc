package io.personae.analytics.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/// Files written under hidden temporary names in the target's folder and moved into place only
/// when all of them are complete, so readers see the old files or every new one, never a part.
///
/// A failure or a cancel part way leaves no temporary file behind: a half-written campaign list
/// uploaded to an email tool would mail the wrong people, or too few. When a move fails after
/// others succeeded, the files already moved are deleted again (all or nothing).
final class StagedFiles implements AutoCloseable {

    /// Opens a temporary file for writing; tests substitute one that fails like a full disk.
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    static final Opener DISK = Files::newOutputStream;

    private final Path target;
    private final Path folder;
    private final Opener opener;
    private final List<Path> temps = new ArrayList<>();

    private StagedFiles(Path target, Path folder, Opener opener) {
        this.target = target;
        this.folder = folder;
        this.opener = opener;
    }

    /// Prepares to write `target` (and files beside it).
    ///
    /// @throws ExportException when the folder is missing, is not a folder or may not be written
    static StagedFiles beside(Path target, Opener opener) throws ExportException {
        Path file = target.toAbsolutePath();
        return new StagedFiles(file, checkFolder(file), opener);
    }

    /// A new temporary file, open for writing.
    OutputStream newPart() throws ExportException {
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ExportException("Personae cannot create a file in the folder " + folder
                    + ". Choose another folder, or check that you may write to this one.", e);
        }
        temps.add(temp);
        try {
            return opener.open(temp);
        } catch (IOException e) {
            throw new ExportException(describe(target, e), e);
        }
    }

    /// Moves the temporary files, in the order they were made, to `finals`.
    ///
    /// @throws ExportException when a move fails; no final file of this set is left then
    void commit(List<Path> finals) throws ExportException {
        commit(finals, List.of());
    }

    /// Moves the temporary files, in the order they were made, to `finals`, and removes `stale`:
    /// the parts of an earlier export to the same target that this one does not replace.
    ///
    /// decision: the stale parts are first renamed to hidden names, then the new files moved in,
    /// then the hidden ones deleted. Renames are quick, so the folder holds a mix of two exports
    /// for no longer than the moves take (files cannot be swapped as one), and a failed move
    /// before any new file is in place puts the stale parts back: the earlier export stays whole.
    ///
    /// @throws ExportException when a move fails; no final file of this set is left then
    void commit(List<Path> finals, List<Path> stale) throws ExportException {
        if (finals.size() != temps.size()) {
            throw new IllegalArgumentException("One final name is needed per file written");
        }
        List<Path> asideFrom = new ArrayList<>();
        List<Path> aside = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Path old : stale) {
                Path hidden = Files.createTempFile(folder, "." + old.getFileName() + ".", ".old");
                aside.add(hidden);
                move(old.toAbsolutePath(), hidden);
                asideFrom.add(old.toAbsolutePath());
            }
            for (int i = 0; i < finals.size(); i++) {
                Path file = finals.get(i).toAbsolutePath();
                move(temps.get(i), file);
                moved.add(file);
            }
            temps.clear();
        } catch (IOException e) {
            moved.forEach(StagedFiles::deleteQuietly);
            for (int i = 0; i < aside.size(); i++) {
                if (moved.isEmpty() && i < asideFrom.size()) {
                    restoreQuietly(aside.get(i), asideFrom.get(i));
                } else {
                    deleteQuietly(aside.get(i));
                }
            }
            Path failed = asideFrom.size() < stale.size() ? stale.get(asideFrom.size()) : finals.get(moved.size());
            throw new ExportException(describe(failed.toAbsolutePath(), e), e);
        }
        aside.forEach(StagedFiles::deleteQuietly);
    }

    /// Deletes the temporary files not moved into place.
    @Override
    public void close() {
        temps.forEach(StagedFiles::deleteQuietly);
        temps.clear();
    }

    /// The folder of `file`, after checking it can take the export.
    static Path checkFolder(Path file) throws ExportException {
        Path folder = file.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new ExportException("The folder " + folder + " does not exist. Create it first or choose another folder for "
                    + file.getFileName() + ".");
        }
        if (!Files.isDirectory(folder)) {
            throw new ExportException(folder + " is a file, not a folder. Choose a folder to save "
                    + file.getFileName() + " in.");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("Personae may not write to the folder " + folder
                    + ". Choose another folder, or ask for write permission on this one.");
        }
        return folder;
    }

    /// What went wrong writing `file`, in words that say what to do.
    static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return file + " is a folder. Choose a file name for the export, for example " + file.resolve("customers.csv") + ".";
        }
        if (e instanceof AccessDeniedException) {
            return "Personae may not replace " + file + ". Close it if it is open in another program (Excel locks"
                    + " files it has open) or choose another name.";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException system && system.getReason() != null) {
            reason = system.getReason();
        }
        return "Could not write " + file + ": " + reason
                + ". Check that the disk has space and the file is not open in another program, then try again;"
                + " no part of the export was saved.";
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // decision: some network shares cannot rename atomically; replacing is still better than failing
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restoreQuietly(Path hidden, Path file) {
        try {
            move(hidden, file);
        } catch (IOException e) {
            // decision: the failed export's own error is the one to report; the earlier part stays under its hidden name
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // decision: the export's own outcome matters more; a leftover hidden .tmp file is harmless
        }
    }
}
