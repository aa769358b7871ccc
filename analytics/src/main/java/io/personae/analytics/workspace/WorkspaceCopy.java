package io.personae.analytics.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/// A consistent copy of an open workspace, for "Save as".
///
/// decision: H2's online `BACKUP TO` (a zip of a consistent snapshot), unpacked into a temporary
/// file beside the target and moved over it; the source stays open throughout, so a failed copy
/// leaves the user where they were, and the target is either the old file or the whole copy.
final class WorkspaceCopy {

    private WorkspaceCopy() {
    }

    static void write(Connection connection, Path target) throws WorkspaceException {
        if (WorkspaceFile.isOpen(target) || isLockedElsewhere(target)) {
            throw WorkspaceFile.alreadyOpen(target);
        }
        Path zip = null;
        Path part = null;
        try {
            zip = Files.createTempFile(target.getParent(), ".personae-backup", ".zip");
            Files.delete(zip);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            }
            part = Files.createTempFile(target.getParent(), ".personae-copy", WorkspaceFile.EXTENSION);
            unpack(zip, part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new WorkspaceException("The workspace could not be saved as " + target.getFileName() + " (" + e.getMessage()
                    + "). Check that the folder can be written to and has free space.", e);
        } finally {
            deleteQuietly(zip);
            deleteQuietly(part);
        }
    }

    private static void unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(WorkspaceFile.EXTENSION)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the backup holds no database file");
    }

    /// Whether another process holds the file open (H2 keeps a lock on it while open).
    private static boolean isLockedElsewhere(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left in the folder is harmless
        }
    }
}
