package io.personae.analytics.cli;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/// The `personae import` options that say how to read the file and how to clean it, as the
/// import dialog's overrides do. Each one left out keeps the guess (or, with `--repeat`, what
/// the last import used), so a batch job names only what the guess gets wrong.
final class ImportFormatOptions {

    @Option(names = "--encoding", paramLabel = "ENC", converter = EncodingConverter.class,
            description = "text encoding of a CSV: auto, utf-8, windows-1252 (also latin-1), utf-16le, utf-16be,"
                    + " ibm850 (DOS Western Europe, also cp850) or ibm437 (DOS US, also cp437)")
    FileFormat.Encoding encoding;

    @Option(names = "--delimiter", paramLabel = "SEP", converter = DelimiterConverter.class,
            description = "CSV separator: auto, comma, semicolon, tab, pipe or spaces (or the character itself)")
    FileFormat.Delimiter delimiter;

    @Option(names = "--header", negatable = true,
            description = "the first row names the columns (--no-header: it is data, columns are called Column 1...)")
    Boolean header;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Excel sheet to read (default: the first)")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N",
            description = "Excel row holding the column names, under title rows (default: found from the cells; 0 to find it)")
    Integer headerRow;

    @Option(names = "--type", paramLabel = "COL=TYPE",
            description = "read a column as integer, decimal, text, category, date, date-time, boolean (yes/no) or ignore it;"
                    + " repeat for more columns")
    List<String> types = new ArrayList<>();

    @Option(names = "--keep-na", paramLabel = "COL",
            description = "keep NA, N/A, - and the like as a real value in this text or category column (NA for North America)"
                    + " rather than missing; blank cells stay missing; repeat for more columns")
    List<String> keepNa = new ArrayList<>();

    @Option(names = "--append-sheets", negatable = true,
            description = "also read every other sheet with the same columns as the chosen one")
    Boolean appendSheets;

    @Option(names = "--date-order", paramLabel = "ORDER", converter = DateOrderConverter.class,
            description = "how to read 03/04/2024: auto (decided by the values), day-first or month-first")
    FileFormat.DateOrder dateOrder;

    @Option(names = "--cancellations", paramLabel = "HOW", converter = CancellationsConverter.class,
            description = "cancelled or returned order lines: net (subtract from the customer) or exclude")
    Cancellations cancellations;

    @Option(names = "--trim", negatable = true, description = "strip spaces around names, emails and categories (default: on)")
    Boolean trim;

    @Option(names = "--missing-ids", paramLabel = "HOW", converter = MissingIdsConverter.class,
            description = "rows without a customer id: drop (and count them) or keep (as one customer '(no id)')")
    Cleaning.MissingIds missingIds;

    @Option(names = "--dedupe-rows", negatable = true, description = "drop rows that repeat an earlier row exactly")
    Boolean deduplicateRows;

    @Option(names = "--cap-percentile", paramLabel = "P",
            description = "cap amounts or features at the P-th and (100-P)-th percentiles, 50 to 99.9; 0 for none")
    Double capPercentile;

    @Option(names = "--duplicate-ids", paramLabel = "HOW", converter = DuplicateIdsConverter.class,
            description = "a customer file listing an id twice: keep-first (and count them) or refuse")
    Cleaning.DuplicateIds duplicateIds;

    /// `base`'s format as these options change it.
    FileFormat format(FileFormat base) {
        FileFormat format = base;
        if (encoding != null) {
            format = format.withEncoding(encoding);
        }
        if (delimiter != null) {
            format = format.withDelimiter(delimiter);
        }
        if (header != null) {
            format = format.withHeader(header ? FileFormat.HeaderRow.FIRST_ROW : FileFormat.HeaderRow.NONE);
        }
        if (sheet != null || appendSheets != null) {
            format = format.withSheet(sheet != null ? sheet : format.sheet(), appendSheets != null ? appendSheets : format.appendSheets());
        }
        if (dateOrder != null) {
            format = format.withDateOrder(dateOrder);
        }
        if (headerRow != null) {
            format = format.withHeaderRow(headerRow);
        }
        return format;
    }

    /// `base`'s column types with the `--type` options put over them.
    ///
    /// @throws IllegalArgumentException when a `--type` is not `COLUMN=TYPE` with a known type
    Map<String, ColumnType> columnTypes(Map<String, ColumnType> base) {
        Map<String, ColumnType> out = new LinkedHashMap<>(base);
        for (String given : types) {
            int at = given.lastIndexOf('=');
            if (at <= 0 || at == given.length() - 1) {
                throw new IllegalArgumentException("--type needs a column and a type, as in --type \"Postcode=text\"; got '" + given + "'.");
            }
            String column = given.substring(0, at).strip();
            out.keySet().removeIf(c -> c.equalsIgnoreCase(column));
            out.put(column, columnType(given.substring(at + 1)));
        }
        return out;
    }

    /// `base`'s columns keeping `NA` as a value, with the `--keep-na` ones added.
    List<String> keepMarkers(List<String> base) {
        List<String> out = new ArrayList<>(base);
        for (String column : keepNa) {
            if (out.stream().noneMatch(c -> c.equalsIgnoreCase(column.strip()))) {
                out.add(column.strip());
            }
        }
        return out;
    }

    private static ColumnType columnType(String word) {
        String name = word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (name) {
            case "YES_NO", "BOOL", "FLAG" -> ColumnType.BOOLEAN;
            case "NUMBER", "FLOAT", "DOUBLE" -> ColumnType.DECIMAL;
            case "INT", "WHOLE" -> ColumnType.INTEGER;
            case "DATETIME", "TIMESTAMP" -> ColumnType.DATE_TIME;
            case "STRING" -> ColumnType.TEXT;
            case "SKIP" -> ColumnType.IGNORE;
            default -> {
                for (ColumnType type : ColumnType.values()) {
                    if (type.name().equals(name)) {
                        yield type;
                    }
                }
                throw new IllegalArgumentException("'" + word.strip() + "' is not a column type; use integer, decimal, text, category,"
                        + " date, date-time, boolean or ignore.");
            }
        };
    }

    /// `options` with this format, these cleaning steps and this way with cancellations.
    ImportOptions apply(ImportOptions options) {
        Cleaning cleaning = options.cleaning();
        if (trim != null) {
            cleaning = cleaning.withTrim(trim);
        }
        if (missingIds != null) {
            cleaning = cleaning.withMissingIds(missingIds);
        }
        if (deduplicateRows != null) {
            cleaning = cleaning.withDeduplicateRows(deduplicateRows);
        }
        if (capPercentile != null) {
            cleaning = cleaning.withCapPercentile(capPercentile);
        }
        if (duplicateIds != null) {
            cleaning = cleaning.withDuplicateIds(duplicateIds);
        }
        ImportOptions out = options.withFormat(format(options.format())).withCleaning(cleaning);
        return cancellations == null ? out : out.withCancellations(cancellations);
    }

    /// Reads `day-first` as `DAY_FIRST`, in any case, and says which values there are otherwise.
    private abstract static class EnumConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

        private final Class<E> type;

        EnumConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            StringBuilder known = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                known.append(known.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + known + ".");
        }
    }

    static final class EncodingConverter extends EnumConverter<FileFormat.Encoding> {
        EncodingConverter() {
            super(FileFormat.Encoding.class);
        }

        @Override
        public FileFormat.Encoding convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "utf8" -> FileFormat.Encoding.UTF_8;
                case "latin-1", "latin1", "iso-8859-1", "cp1252", "ansi" -> FileFormat.Encoding.WINDOWS_1252;
                case "utf16le", "unicode" -> FileFormat.Encoding.UTF_16LE;
                case "utf16be" -> FileFormat.Encoding.UTF_16BE;
                case "cp850", "850", "dos" -> FileFormat.Encoding.IBM850;
                case "cp437", "437" -> FileFormat.Encoding.IBM437;
                default -> super.convert(value);
            };
        }
    }

    static final class DelimiterConverter extends EnumConverter<FileFormat.Delimiter> {
        DelimiterConverter() {
            super(FileFormat.Delimiter.class);
        }

        @Override
        public FileFormat.Delimiter convert(String value) {
            return switch (value) {
                case "," -> FileFormat.Delimiter.COMMA;
                case ";" -> FileFormat.Delimiter.SEMICOLON;
                case "\t", "\\t" -> FileFormat.Delimiter.TAB;
                case "|" -> FileFormat.Delimiter.PIPE;
                case " " -> FileFormat.Delimiter.SPACES;
                default -> super.convert(value);
            };
        }
    }

    static final class DateOrderConverter extends EnumConverter<FileFormat.DateOrder> {
        DateOrderConverter() {
            super(FileFormat.DateOrder.class);
        }
    }

    static final class CancellationsConverter extends EnumConverter<Cancellations> {
        CancellationsConverter() {
            super(Cancellations.class);
        }
    }

    static final class MissingIdsConverter extends EnumConverter<Cleaning.MissingIds> {
        MissingIdsConverter() {
            super(Cleaning.MissingIds.class);
        }
    }

    static final class DuplicateIdsConverter extends EnumConverter<Cleaning.DuplicateIds> {
        DuplicateIdsConverter() {
            super(Cleaning.DuplicateIds.class);
        }
    }
}
