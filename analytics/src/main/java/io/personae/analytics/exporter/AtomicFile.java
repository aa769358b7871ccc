package io.personae.analytics.exporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/// Writes a text file so that readers see either the old file or the complete new one.
///
/// The content goes to a hidden temporary file in the target's folder, which is then renamed
/// over the target. A failure or a cancel part way leaves the target as it was and no
/// temporary file behind: a half-written campaign list uploaded to an email tool would mail
/// the wrong people, or too few.
final class AtomicFile {

    /// What writes the content; it may throw [io.personae.analytics.progress.CancelledException].
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {}

    /// Writes `content` to `target` as UTF-8 without a byte order mark.
    static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath();
        Path folder = checkFolder(file);
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ExportException("Personae cannot create a file in the folder " + folder
                    + ". Choose another folder, or check that you may write to this one.", e);
        }
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            move(temp, file);
        } catch (IOException e) {
            throw new ExportException(describe(file, e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path checkFolder(Path file) throws ExportException {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("The folder " + folder + " does not exist. Create it first or choose another folder for "
                    + file.getFileName() + ".");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("Personae may not write to the folder " + folder
                    + ". Choose another folder, or ask for write permission on this one.");
        }
        return folder;
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // decision: some network shares cannot rename atomically; replacing is still better than failing
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return file + " is a folder. Choose a file name for the export, for example " + file.resolve("customers.csv") + ".";
        }
        if (e instanceof AccessDeniedException) {
            return "Personae may not replace " + file + ". Close it if it is open in another program (Excel locks"
                    + " files it has open) or choose another name.";
        }
        return "Could not write " + file + ": " + e.getMessage()
                + ". Check that the disk has space and the file is not open in another program, then try again.";
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // decision: the export's own outcome matters more; a leftover hidden .tmp file is harmless
        }
    }
}
