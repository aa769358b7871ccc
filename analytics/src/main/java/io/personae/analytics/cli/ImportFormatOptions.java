package io.personae.analytics.cli;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/// The `personae import` options that say how to read the file and how to clean it, as the
/// import dialog's overrides do. Each one left out keeps the guess (or, with `--repeat`, what
/// the last import used), so a batch job names only what the guess gets wrong.
final class ImportFormatOptions {

    @Option(names = "--encoding", paramLabel = "ENC", converter = EncodingConverter.class,
            description = "text encoding of a CSV: auto, utf-8 or windows-1252 (also latin-1)")
    FileFormat.Encoding encoding;

    @Option(names = "--delimiter", paramLabel = "SEP", converter = DelimiterConverter.class,
            description = "CSV separator: auto, comma, semicolon, tab, pipe or spaces (or the character itself)")
    FileFormat.Delimiter delimiter;

    @Option(names = "--header", negatable = true,
            description = "the first row names the columns (--no-header: it is data, columns are called Column 1...)")
    Boolean header;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Excel sheet to read (default: the first)")
    String sheet;

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
        return format;
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
