package io.personae.analytics.exporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    private static final int BOM_BYTES = 3;

    private final StagedFiles staged;
    private final Path target;
    private final String header;
    private final int headerBytes;
    private final boolean bom;
    private final long maxBytes;
    private Writer out;
    private long partBytes;
    private int partRows;
    private int parts;

    CsvSink(StagedFiles staged, Path target, List<String> header, boolean bom, long maxBytes) {
        this.staged = staged;
        this.target = target;
        this.header = CsvRowWriter.line(header);
        this.headerBytes = Utf8Limit.length(this.header) + (bom ? BOM_BYTES : 0);
        this.bom = bom;
        this.maxBytes = maxBytes;
    }

    @Override
    public void row(List<String> cells) throws IOException, ExportException {
        String line = CsvRowWriter.line(cells);
        int bytes = Utf8Limit.length(line);
        if (out == null || partRows > 0 && partBytes + bytes > maxBytes) {
            startPart();
        }
        out.write(line);
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

    /// `customers.csv` for one part; `customers-1.csv`... for more.
    static List<Path> names(Path target, int parts) {
        if (parts == 1) {
            return List.of(target);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        List<Path> names = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            names.add(target.resolveSibling(stem + "-" + part + extension));
        }
        return names;
    }

    private void startPart() throws IOException, ExportException {
        if (out != null) {
            out.close();
        }
        out = new BufferedWriter(new OutputStreamWriter(staged.newPart(), StandardCharsets.UTF_8), 1 << 16);
        parts++;
        if (bom) {
            out.write('\uFEFF');
        }
        out.write(header);
        partBytes = headerBytes;
        partRows = 0;
    }
}
