package io.personae.analytics.exporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/// Writes one text file so that readers see either the old file or the complete new one (see
/// [StagedFiles]).
final class AtomicFile {

    /// What writes the content; it may throw [io.personae.analytics.progress.CancelledException].
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {}

    /// Writes `content` to `target` as UTF-8 without a byte order mark.
    static void write(Path target, Content content) throws ExportException {
        write(target, false, content, StagedFiles.DISK);
    }

    /// Writes `bytes` to `target`.
    static void writeBytes(Path target, byte[] bytes) throws ExportException {
        try (StagedFiles staged = StagedFiles.beside(target, StagedFiles.DISK)) {
            try (OutputStream out = staged.newPart()) {
                out.write(bytes);
            } catch (IOException e) {
                throw new ExportException(StagedFiles.describe(target.toAbsolutePath(), e), e);
            }
            staged.commit(List.of(target));
        }
    }

    /// Writes `content` to `target` as UTF-8, after a byte order mark when `bom`.
    static void write(Path target, boolean bom, Content content, StagedFiles.Opener opener) throws ExportException {
        try (StagedFiles staged = StagedFiles.beside(target, opener)) {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(staged.newPart(), StandardCharsets.UTF_8))) {
                if (bom) {
                    out.write('\uFEFF');
                }
                content.writeTo(out);
            } catch (IOException e) {
                throw new ExportException(StagedFiles.describe(target.toAbsolutePath(), e), e);
            }
            staged.commit(List.of(target));
        }
    }
}
