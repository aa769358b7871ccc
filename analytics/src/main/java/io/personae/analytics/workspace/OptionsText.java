package io.personae.analytics.workspace;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// An import mapping as text for the import record, one `role=column` per line, so a user (or
/// a later version) can see how a file was read, and a re-import of a newer file reads it the
/// same way: the columns, how the file was sniffed (where the user overrode the guess) and the
/// cleaning steps.
///
/// decision: plain `key=value` lines rather than JSON: no parser dependency, readable in any
/// H2 console, and a key this version does not know (from a newer Personae) is skipped rather
/// than refused. Keys missing from records written by older versions take the defaults those
/// versions used.
final class OptionsText {

    private OptionsText() {
    }

    static String format(ImportOptions options) {
        StringBuilder text = new StringBuilder();
        line(text, "kind", options.kind().name());
        line(text, "customerId", options.customerId());
        line(text, "email", options.email());
        line(text, "firstName", options.firstName());
        line(text, "lastName", options.lastName());
        line(text, "orderDate", options.orderDate());
        line(text, "amount", options.amount());
        for (String feature : options.featureColumns()) {
            line(text, "feature", feature);
        }
        for (String category : options.categoryColumns()) {
            line(text, "category", category);
        }
        line(text, "quantity", options.quantity());
        line(text, "unitPrice", options.unitPrice());
        line(text, "invoice", options.invoice());
        line(text, "cancellations", options.cancellations().name());
        FileFormat format = options.format();
        line(text, "delimiter", format.delimiter().name());
        line(text, "header", format.header().name());
        line(text, "encoding", format.encoding().name());
        line(text, "sheet", format.sheet());
        line(text, "appendSheets", Boolean.toString(format.appendSheets()));
        line(text, "dateOrder", format.dateOrder().name());
        line(text, "headerRow", Integer.toString(format.headerRow()));
        options.columnTypes().forEach((column, type) -> line(text, "type", column + "=" + type.name()));
        for (String column : options.keepMarkerColumns()) {
            line(text, "keepMarkers", column);
        }
        Cleaning cleaning = options.cleaning();
        line(text, "trim", Boolean.toString(cleaning.trim()));
        line(text, "missingIds", cleaning.missingIds().name());
        line(text, "deduplicateRows", Boolean.toString(cleaning.deduplicateRows()));
        line(text, "capPercentile", Double.toString(cleaning.capPercentile()));
        line(text, "duplicateIds", cleaning.duplicateIds().name());
        return text.toString();
    }

    /// The mapping written by [#format] (or by an older version, with fewer keys).
    ///
    /// @throws IllegalArgumentException when the text names no kind or customer id, or holds a
    ///                                  value this version cannot read
    static ImportOptions parse(String text) {
        Map<String, String> single = new HashMap<>();
        List<String> features = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        List<String> keptMarkers = new ArrayList<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = line.substring(0, equals);
            String value = line.substring(equals + 1);
            switch (key) {
                case "feature" -> features.add(value);
                case "category" -> categories.add(value);
                case "keepMarkers" -> keptMarkers.add(value);
                case "type" -> {
                    // "Column=DECIMAL": the column name may hold '=', the type never does
                    int at = value.lastIndexOf('=');
                    if (at <= 0) {
                        throw new IllegalArgumentException("A column type line needs 'type=COLUMN=TYPE'; got 'type=" + value + "'.");
                    }
                    types.put(value.substring(0, at), ColumnType.valueOf(value.substring(at + 1).strip().toUpperCase(Locale.ROOT)));
                }
                default -> single.put(key, value);
            }
        }
        FileFormat format = new FileFormat(
                value(single, "delimiter", FileFormat.Delimiter.class, FileFormat.Delimiter.AUTO),
                value(single, "header", FileFormat.HeaderRow.class, FileFormat.HeaderRow.AUTO),
                value(single, "encoding", FileFormat.Encoding.class, FileFormat.Encoding.AUTO),
                single.get("sheet"),
                Boolean.parseBoolean(single.getOrDefault("appendSheets", "false")),
                value(single, "dateOrder", FileFormat.DateOrder.class, FileFormat.DateOrder.AUTO),
                Integer.parseInt(single.getOrDefault("headerRow", "0").strip()));
        Cleaning cleaning = new Cleaning(
                Boolean.parseBoolean(single.getOrDefault("trim", "true")),
                value(single, "missingIds", Cleaning.MissingIds.class, Cleaning.MissingIds.DROP),
                Boolean.parseBoolean(single.getOrDefault("deduplicateRows", "false")),
                Double.parseDouble(single.getOrDefault("capPercentile", "0")),
                value(single, "duplicateIds", Cleaning.DuplicateIds.class, Cleaning.DuplicateIds.KEEP_FIRST));
        return new ImportOptions(
                value(single, "kind", DataKind.class, null),
                single.get("customerId"),
                single.get("email"),
                single.get("firstName"),
                single.get("lastName"),
                single.get("orderDate"),
                single.get("amount"),
                features,
                categories,
                single.get("quantity"),
                single.get("unitPrice"),
                single.get("invoice"),
                value(single, "cancellations", Cancellations.class, Cancellations.NET),
                format,
                cleaning,
                types,
                keptMarkers);
    }

    private static <E extends Enum<E>> E value(Map<String, String> values, String key, Class<E> type, E fallback) {
        String text = values.get(key);
        return text == null ? fallback : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(key).append('=').append(value.replace('\n', ' ')).append('\n');
        }
    }
}
