package io.personae.analytics.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// A table with the user's column types applied: ignored columns left out, yes/no values and
/// integers written one way, so that everything reading the rows (the import, the quality
/// report, the preview and the role guess) sees the same columns and values.
final class TypedColumns extends ForwardingTableReader {

    private final List<String> headers;
    /// for each column shown, the reader's column
    private final int[] source;
    /// for each column shown, its type or `null`
    private final ColumnType[] types;

    private TypedColumns(TableReader reader, List<String> headers, int[] source, ColumnType[] types) {
        super(reader);
        this.headers = headers;
        this.source = source;
        this.types = types;
    }

    /// `reader` with `types` applied; each typed column must be in its header.
    static TableReader of(Path file, TableReader reader, Map<String, ColumnType> types) throws ImportException {
        if (types.isEmpty()) {
            return reader;
        }
        List<String> all = reader.headers();
        ColumnType[] byColumn = new ColumnType[all.size()];
        try {
            for (Map.Entry<String, ColumnType> typed : types.entrySet()) {
                byColumn[Headers.indexOf(all, typed.getKey(), "the values typed " + words(typed.getValue()), file)] = typed.getValue();
            }
        } catch (ImportException e) {
            reader.close();
            throw e;
        }
        List<String> kept = new ArrayList<>();
        List<ColumnType> keptTypes = new ArrayList<>();
        int[] source = new int[all.size()];
        for (int c = 0; c < all.size(); c++) {
            if (byColumn[c] != ColumnType.IGNORE) {
                source[kept.size()] = c;
                kept.add(all.get(c));
                keptTypes.add(byColumn[c]);
            }
        }
        if (kept.isEmpty()) {
            reader.close();
            throw new ImportException(file, 0, "Every column is set to be ignored. Keep at least the customer id column.");
        }
        return new TypedColumns(reader, List.copyOf(kept), Arrays.copyOf(source, kept.size()),
                keptTypes.toArray(ColumnType[]::new));
    }

    /// The type in words, for messages: "date-time", "integer".
    static String words(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String cell(int column) {
        if (column >= source.length) {
            return "";
        }
        String text = reader.cell(source[column]);
        ColumnType type = types[column];
        if (type == ColumnType.BOOLEAN) {
            return yesNo(text);
        }
        if (type == ColumnType.INTEGER) {
            return integer(text);
        }
        return text;
    }

    /// `Yes` or `No` for the ways files write a flag; other text unchanged, for the quality
    /// report to show.
    static String yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1", "ja", "j", "oui", "si", "sí", "wahr", "vrai", "x" -> "Yes";
            case "no", "n", "false", "f", "0", "nein", "non", "falsch", "faux" -> "No";
            default -> text;
        };
    }

    /// A whole number written with group separators (`1.234`, `1,234`, `1 234`, `1'234`) as
    /// plain digits; other text unchanged.
    ///
    /// decision: only groups of exactly three digits count as grouping, so `12,5` in a column
    /// typed integer stays as written (and is read as the file's decimal mark says) rather than
    /// silently becoming 125.
    static String integer(String text) {
        String s = text.strip();
        StringBuilder digits = new StringBuilder(s.length());
        int group = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group = group < 0 ? -1 : group + 1;
            } else if ((c == '.' || c == ',' || c == ' ' || c == '\'' || c == '\u00A0') && digits.length() > 0 && group != 0) {
                boolean leadTooLong = group < 0 && digits.toString().replace("-", "").length() > 3;
                if (group > 0 && group != 3 || leadTooLong) {
                    return text;
                }
                group = 0;
            } else if ((c == '-' || c == '+') && i == 0) {
                digits.append(c == '-' ? "-" : "");
            } else {
                return text;
            }
        }
        if (group >= 0 && group != 3 || digits.isEmpty()) {
            return text;
        }
        return digits.toString();
    }

    /// decision: this reader changes which columns there are and what their cells say, so the
    /// import must read its cells through it, never through the file's reader underneath
    @Override
    public TableReader source() {
        return this;
    }
}
