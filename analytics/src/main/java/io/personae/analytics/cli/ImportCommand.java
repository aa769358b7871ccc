package io.personae.analytics.cli;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TablePreview;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.project.Project;
import io.personae.analytics.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `personae import FILE --workspace DIR`: guesses what each column holds, as the import dialog
/// does, lets options override the guess, and replaces the workspace's data with the file's.
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads a CSV or Excel file into the workspace, replacing the data it held.",
                "Column roles are guessed from the header and the first rows; the options override the guess."})
final class ImportCommand extends EngineCommand {

    /// Rows read to guess column roles: enough to see dates and numbers, quick on a laptop.
    private static final int PREVIEW_ROWS = 200;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV (.csv, .txt, .tsv) or Excel (.xlsx, .xls) file")
    Path file;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace, created if it does not exist")
    Path workspace;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "transactions (one row per order) or customers (one row per customer)")
    DataKind kind;

    @Option(names = "--customer-id", paramLabel = "COL", description = "column with the customer id")
    String customerId;

    @Option(names = "--email", paramLabel = "COL", description = "column with the email address; \"\" for none")
    String email;

    @Option(names = "--first-name", paramLabel = "COL", description = "column with the first name; \"\" for none")
    String firstName;

    @Option(names = "--last-name", paramLabel = "COL", description = "column with the last name; \"\" for none")
    String lastName;

    @Option(names = "--order-date", paramLabel = "COL", description = "column with the order date (transactions)")
    String orderDate;

    @Option(names = "--amount", paramLabel = "COL", description = "column with the order amount (transactions)")
    String amount;

    @Option(names = "--feature", paramLabel = "COL", description = "numeric column to segment on (customers); repeat for more")
    List<String> features = new ArrayList<>();

    @Option(names = "--category", paramLabel = "COL",
            description = "column to read as a category (country, gender, yes/no); repeat for more, \"\" for none")
    List<String> categories = new ArrayList<>();

    @Option(names = "--quantity", paramLabel = "COL", description = "quantity column of order lines; with --unit-price it gives the amount")
    String quantity;

    @Option(names = "--unit-price", paramLabel = "COL", description = "unit price column of order lines")
    String unitPrice;

    @Option(names = "--invoice", paramLabel = "COL", description = "invoice number column; a number starting with C is a cancellation")
    String invoice;

    @Option(names = "--repeat", description = "read the file as the workspace's last import did (columns, format, cleaning);"
            + " the other options override that")
    boolean repeat;

    @CommandLine.Mixin
    ImportFormatOptions format = new ImportFormatOptions();

    @Override
    void run() throws ImportException, WorkspaceException {
        try (Project project = Project.open(workspaceFolder())) {
            Optional<ImportOptions> saved = repeat ? project.lastImportOptions() : Optional.empty();
            if (repeat && saved.isEmpty()) {
                throw new WorkspaceException("--repeat needs an earlier import in " + workspace + "; there is none yet.");
            }
            FileFormat base = saved.map(ImportOptions::format).orElse(FileFormat.AUTO);
            Map<String, ColumnType> types = format.columnTypes(saved.map(ImportOptions::columnTypes).orElse(Map.of()));
            TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS, format.format(base), types);
            List<String> keptMarkers = format.keepMarkers(saved.map(ImportOptions::keepMarkerColumns).orElse(List.of()));
            ImportOptions options = typed(format.apply(choose(preview, saved.isPresent() ? saved : RoleGuesser.guess(preview, types))),
                    types, keptMarkers, preview);
            err().println("Reading " + file.getFileName() + " as " + describe(options));
            ImportSummary summary = project.importFile(file, options, progress());
            summary.notes().forEach(note -> err().println("note: " + note));
            project.qualityReport().ifPresent(report -> err().println(report.summaryLine()
                    + ". See them all with: personae quality --workspace " + workspace));
            printResult(summary.describe());
        }
    }

    /// The workspace as a folder, made if missing: the engine would otherwise read a new name as
    /// a file name and create `NAME.mv.db` beside it, surprising someone who typed `--workspace DIR`.
    private Path workspaceFolder() throws WorkspaceException {
        if (Files.exists(workspace) || workspace.toString().endsWith(".mv.db")) {
            return workspace;
        }
        try {
            return Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new WorkspaceException("The folder " + workspace + " cannot be created (" + e.getMessage()
                    + "). Choose a folder you can write to.", e);
        }
    }

    /// The guessed mapping with every option the user gave put in its place.
    private ImportOptions choose(TablePreview preview, Optional<ImportOptions> guessed) {
        ImportOptions guess = guessed.orElse(null);
        try {
            return new ImportOptions(
                    kind != null ? kind : guess == null ? null : guess.kind(),
                    pick(customerId, guess == null ? null : guess.customerId()),
                    pick(email, guess == null ? null : guess.email()),
                    pick(firstName, guess == null ? null : guess.firstName()),
                    pick(lastName, guess == null ? null : guess.lastName()),
                    pick(orderDate, guess == null ? null : guess.orderDate()),
                    pick(amount, guess == null ? null : guess.amount()),
                    !features.isEmpty() ? features : guess == null ? List.of() : guess.featureColumns(),
                    !categories.isEmpty() ? categories.stream().filter(c -> !c.isBlank()).toList()
                            : guess == null ? List.of() : guess.categoryColumns(),
                    pick(quantity, guess == null ? null : guess.quantity()),
                    pick(unitPrice, guess == null ? null : guess.unitPrice()),
                    pick(invoice, guess == null ? null : guess.invoice()),
                    guess == null ? null : guess.cancellations(),
                    guess == null ? null : guess.format(),
                    guess == null ? null : guess.cleaning());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage()
                    + " Name the columns with --kind, --customer-id, --order-date, --amount (or --quantity and --unit-price),"
                    + " --feature or --category."
                    + " The file's columns are: " + String.join(", ", preview.headers()) + ".", e);
        }
    }

    /// The mapping with the column types, which may move columns into categories or features,
    /// and the columns keeping `NA` as a value.
    private ImportOptions typed(ImportOptions options, Map<String, ColumnType> types, List<String> keptMarkers, TablePreview preview) {
        try {
            return options.withColumnTypes(types).withKeepMarkerColumns(keptMarkers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage()
                    + " The file's columns are: " + String.join(", ", preview.headers()) + ".", e);
        }
    }

    /// The user's choice if given ("" meaning no column), else the guess.
    private static String pick(String given, String guessed) {
        if (given == null) {
            return guessed;
        }
        return given.isBlank() ? null : given;
    }

    /// One line saying what was chosen, for the user to check before trusting the figures.
    static String describe(ImportOptions options) {
        List<String> roles = new ArrayList<>();
        roles.add("customer id '" + options.customerId() + "'");
        addRole(roles, "email", options.email());
        addRole(roles, "first name", options.firstName());
        addRole(roles, "last name", options.lastName());
        if (options.kind() == DataKind.TRANSACTIONS) {
            addRole(roles, "order date", options.orderDate());
            addRole(roles, "amount", options.amount());
            if (options.amountFromLines()) {
                roles.add("amount = '" + options.quantity() + "' x '" + options.unitPrice() + "'");
            }
            addRole(roles, "invoice", options.invoice());
        } else {
            roles.add("features '" + String.join("', '", options.featureColumns()) + "'");
        }
        if (!options.categoryColumns().isEmpty()) {
            roles.add("categories '" + String.join("', '", options.categoryColumns()) + "'");
        }
        options.columnTypes().forEach((column, type) -> roles.add("'" + column + "' read as "
                + type.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (!options.keepMarkerColumns().isEmpty()) {
            roles.add("NA kept as a value in '" + String.join("', '", options.keepMarkerColumns()) + "'");
        }
        return options.kind().name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", roles);
    }

    private static void addRole(List<String> roles, String role, String column) {
        if (column != null && !column.isBlank()) {
            roles.add(role + " '" + column + "'");
        }
    }

    /// Reads `--kind` in lower case, as the help shows it.
    static final class KindConverter implements CommandLine.ITypeConverter<DataKind> {

        @Override
        public DataKind convert(String value) {
            for (DataKind kind : DataKind.values()) {
                if (kind.name().equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a kind of data; use transactions or customers.");
        }
    }
}
