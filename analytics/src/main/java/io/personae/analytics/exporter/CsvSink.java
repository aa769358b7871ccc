package io.personae.analytics.exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// CSV rows into one file, or into several of at most `maxBytes` each, every one with the header
/// (and the byte order mark, when asked): `customers.csv` when it fits, else `customers-1.csv`,
/// `customers-2.csv`...
///
/// decision: a file holds at least one customer even if that row alone passes the limit, so an
/// export always ends.
final class CsvSink implements RowSink {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StagedFiles staged;
    private final Path target;
    private final byte[] header;
    private final boolean bom;
    private final long maxBytes;
    private final CsvRowBytes row = new CsvRowBytes();
    private OutputStream out;
    private long partBytes;
    private int partRows;
    private int parts;

    CsvSink(StagedFiles staged, Path target, List<String> header, boolean bom, long maxBytes) {
        this.staged = staged;
        this.target = target;
        this.header = CsvRowWriter.line(header).getBytes(StandardCharsets.UTF_8);
        this.bom = bom;
        this.maxBytes = maxBytes;
    }

    @Override
    public void row(List<String> cells) throws IOException, ExportException {
        row.encode(cells);
        int bytes = row.length();
        if (out == null || partRows > 0 && partBytes + bytes > maxBytes) {
            startPart();
        }
        row.writeTo(out);
        partBytes += bytes;
        partRows++;
    }

    @Override
    public List<Path> finish() throws IOException, ExportException {
        if (out == null) {
            startPart();
        }
        out.close();
        out = null;
        return names(target, parts);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public List<Path> leftovers(List<Path> finals) {
        return leftovers(target, finals.size());
    }

    /// The files of an earlier export to `target` that `parts` new files leave behind: its parts
    /// numbered above `parts` (all of them when the new export is one file), and the single
    /// `target` when the new one is split.
    ///
    /// decision: only parts numbered on from the first missing one, counting up while they exist,
    /// since an export writes its parts without gaps; an unrelated `spring-2026.csv` beside
    /// `spring.csv` is not taken for part 2026.
    static List<Path> leftovers(Path target, int parts) {
        List<Path> stale = new ArrayList<>();
        if (parts > 1 && Files.isRegularFile(target)) {
            stale.add(target);
        }
        for (int part = parts == 1 ? 1 : parts + 1; ; part++) {
            Path old = part(target, part);
            if (!Files.isRegularFile(old)) {
                return stale;
            }
            stale.add(old);
        }
    }

    /// `customers.csv` for one part; `customers-1.csv`... for more.
    static List<Path> names(Path target, int parts) {
        if (parts == 1) {
            return List.of(target);
        }
        List<Path> names = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            names.add(part(target, part));
        }
        return names;
    }

    /// `customers-3.csv` for part 3 of `customers.csv`.
    private static Path part(Path target, int part) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return target.resolveSibling(stem + "-" + part + extension);
    }

    private void startPart() throws IOException, ExportException {
        if (out != null) {
            out.close();
        }
        out = new BufferedOutputStream(staged.newPart(), 1 << 16);
        parts++;
        if (bom) {
            out.write(BOM);
        }
        out.write(header);
        partBytes = header.length + (bom ? BOM.length : 0);
        partRows = 0;
    }
}
