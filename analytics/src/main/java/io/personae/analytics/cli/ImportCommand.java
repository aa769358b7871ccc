package io.personae.analytics.cli;

import io.personae.analytics.importer.DataKind;
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

    @Override
    void run() throws ImportException, WorkspaceException {
        TablePreview preview = TableReaders.preview(file, PREVIEW_ROWS);
        ImportOptions options = choose(preview, RoleGuesser.guess(preview));
        err().println("Reading " + file.getFileName() + " as " + describe(options));
        try (Project project = Project.open(workspaceFolder())) {
            ImportSummary summary = project.importFile(file, options, progress());
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
                            : guess == null ? List.of() : guess.categoryColumns());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage()
                    + " Name the columns with --kind, --customer-id, --order-date, --amount, --feature or --category."
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
        } else {
            roles.add("features '" + String.join("', '", options.featureColumns()) + "'");
        }
        if (!options.categoryColumns().isEmpty()) {
            roles.add("categories '" + String.join("', '", options.categoryColumns()) + "'");
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
