package io.personae.analytics.importer;

import java.util.List;

/// A reader that passes every call to the reader it wraps; wrappers override only what they
/// change (the rows served, the columns shown, how cells read).
abstract class ForwardingTableReader implements TableReader {

    protected final TableReader reader;

    protected ForwardingTableReader(TableReader reader) {
        this.reader = reader;
    }

    @Override
    public List<String> headers() {
        return reader.headers();
    }

    @Override
    public boolean next() throws ImportException {
        return reader.next();
    }

    @Override
    public long line() {
        return reader.line();
    }

    @Override
    public String cell(int column) {
        return reader.cell(column);
    }

    @Override
    public double progress() {
        return reader.progress();
    }

    @Override
    public String format() {
        return reader.format();
    }

    @Override
    public boolean decimalComma() {
        return reader.decimalComma();
    }

    @Override
    public TableReader source() {
        return reader.source();
    }

    @Override
    public void close() {
        reader.close();
    }
}
