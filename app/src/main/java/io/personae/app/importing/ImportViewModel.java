package io.personae.app.importing;

import io.personae.analytics.importer.Cancellations;
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
import io.personae.app.common.CancelledJob;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.ProjectSupplier;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import io.personae.app.common.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The import dialog: the chosen file's preview, how it is read and its column roles (guessed,
/// then adjustable), the cleaning, their validation, and the import itself, which runs in the
/// background.
///
/// Changing how the file is read reloads the preview in the background, latest change only
/// (see [LatestRequest]); a mapping that validates is checked against the whole file
/// ([FileCheck]) so the dialog can show the figures and the date-order reason before importing.
public final class ImportViewModel {

    /// The choice for an optional role the file does not have.
    public static final String NO_COLUMN = "(none)";
    static final FileType DATA_FILES = new FileType("CSV and Excel files", "csv", "tsv", "txt", "xlsx", "xls");
    static final int PREVIEW_ROWS = 100;
    // decision: the guess reads more rows than the grid shows; repeating customer ids, the main
    // sign of a transactions file, rarely show within the first hundred orders
    static final int GUESS_ROWS = 500;
    /// What the status bar adds after an import, so the user knows where the report is.
    static final String QUALITY_HINT = "View ▸ " + QualityViewModel.MENU_TEXT;

    private record Loaded(FilePreview read, Optional<ImportOptions> guess) {
    }

    /// Where the amount of an order line comes from.
    public enum AmountSource { AMOUNT_COLUMN, QUANTITY_TIMES_PRICE }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ProjectSupplier projects;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<TablePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>(this, "kind", DataKind.TRANSACTIONS);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> optionalColumns = FXCollections.observableArrayList(NO_COLUMN);
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> features = new LinkedHashMap<>();
    private final ObservableList<String> categoryColumns = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> categories = new LinkedHashMap<>();
    private final StringProperty customerId = new SimpleStringProperty(this, "customerId");
    private final StringProperty email = new SimpleStringProperty(this, "email", NO_COLUMN);
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", NO_COLUMN);
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", NO_COLUMN);
    private final StringProperty orderDate = new SimpleStringProperty(this, "orderDate");
    private final StringProperty amount = new SimpleStringProperty(this, "amount");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", NO_COLUMN);
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", NO_COLUMN);
    private final StringProperty invoice = new SimpleStringProperty(this, "invoice", NO_COLUMN);
    private final ObjectProperty<AmountSource> amountSource = new SimpleObjectProperty<>(this, "amountSource", AmountSource.AMOUNT_COLUMN);
    private final ObjectProperty<Cancellations> cancellations = new SimpleObjectProperty<>(this, "cancellations", Cancellations.NET);
    private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(this, "workbook", false);
    private final ReadOnlyBooleanWrapper decimalComma = new ReadOnlyBooleanWrapper(this, "decimalComma", false);
    private final ReadOnlyStringWrapper readError = new ReadOnlyStringWrapper(this, "readError", "");
    private final FormatChoices formatChoices = new FormatChoices();
    private final CleaningChoices cleaningChoices = new CleaningChoices();
    private final ColumnTypes columnTypes = new ColumnTypes();
    private final FileCheck check;
    private final LatestRequest<Loaded> previews;
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final BooleanBinding canImport;

    private Path file;
    /// set while the dialog fills in a guess, so the properties it sets trigger no reads
    private boolean applying;

    public ImportViewModel(Session session, TaskRunner runner, DialogService dialogs, ProjectSupplier projects) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.projects = projects;
        this.check = new FileCheck(runner);
        this.previews = new LatestRequest<>(runner);
        List<Observable> choices = new ArrayList<>(List.of(kind, customerId, email, firstName, lastName, orderDate, amount, preview,
                quantity, unitPrice, invoice, amountSource, cancellations, formatChoices.dateOrderProperty()));
        choices.addAll(cleaningChoices.choices());
        for (Observable choice : choices) {
            choice.addListener(observable -> validate());
        }
        for (Observable reading : formatChoices.readingChoices()) {
            // another way of reading the file gives other columns: their types start over
            reading.addListener(observable -> {
                columnTypes.reset();
                reload();
            });
        }
        columnTypes.changesProperty().addListener(observable -> reload());
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && validation.get().isEmpty() && !loading.get(),
                preview, validation, loading);
    }

    /// Asks for a file and opens the dialog on its preview.
    public void begin() {
        dialogs.chooseFileToOpen("Import customer data", List.of(DATA_FILES)).ifPresent(this::load);
    }

    /// Opens the dialog on `chosen`: reads its first rows in the background and guesses the roles.
    public void load(Path chosen) {
        cancelReads();
        file = chosen;
        applying = true;
        formatChoices.reset();
        cleaningChoices.reset();
        columnTypes.reset();
        cancellations.set(Cancellations.NET);
        applying = false;
        preview.set(null);
        columns.clear();
        optionalColumns.setAll(NO_COLUMN);
        numericColumns.clear();
        features.clear();
        categoryColumns.clear();
        categories.clear();
        workbook.set(TableReaders.isWorkbook(chosen));
        readError.set("");
        fileName.set(String.valueOf(chosen.getFileName()));
        format.set("Reading the first rows…");
        loading.set(true);
        showing.set(true);
        read(chosen, FileFormat.AUTO, null, error -> {
            showing.set(false);
            UserErrors.report(dialogs, "Cannot read " + chosen.getFileName(), error);
        });
    }

    /// Reads the preview again after the user changed how the file is read; a failure is shown
    /// in the dialog, which stays open for another choice.
    private void reload() {
        if (applying || file == null) {
            return;
        }
        check.clear();
        preview.set(null);
        readError.set("");
        format.set("Reading the first rows again…");
        loading.set(true);
        List<String> sheets = List.copyOf(formatChoices.sheets().subList(1, formatChoices.sheets().size()));
        read(file, formatChoices.format(), sheets, error -> {
            format.set("");
            readError.set(UserErrors.describe(error));
        });
    }

    private void read(Path chosen, FileFormat asRead, List<String> knownSheets, Consumer<Throwable> onError) {
        Map<String, ColumnType> types = columnTypes.types();
        previews.submit("Reading " + chosen.getFileName(), progress -> {
            FilePreview read = FilePreview.read(chosen, GUESS_ROWS, asRead, types, knownSheets);
            return new Loaded(read, RoleGuesser.guess(read.table(), types));
        }, loaded -> {
            if (chosen.equals(file)) {
                loading.set(false);
                apply(loaded);
            }
        }, error -> {
            if (chosen.equals(file)) {
                loading.set(false);
                if (!CancelledJob.is(error)) {
                    onError.accept(error);
                }
            }
        });
    }

    /// Closes the dialog without importing.
    public void close() {
        cancelReads();
        showing.set(false);
        file = null;
    }

    /// Imports the file with the chosen roles in the background and closes the dialog. On
    /// failure the user is told why and the project keeps its data.
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportOptions options = options();
        Path chosen = file;
        cancelReads();
        showing.set(false);
        file = null;
        projects.withProject(project -> runImport(project, chosen, "Importing " + chosen.getFileName(),
                monitor -> project.beginImport(chosen, options, monitor).summary()));
    }

    /// Imports `chosen` with the guessed roles, without a dialog: for the bundled sample.
    public void importGuessed(Path chosen) {
        projects.withProject(project -> runImport(project, chosen, "Importing " + chosen.getFileName(), monitor -> {
            TablePreview read = TableReaders.preview(chosen, GUESS_ROWS);
            ImportOptions guessed = RoleGuesser.guess(read).orElseThrow(() -> new ImportException(chosen, 0,
                    "Its columns could not be recognised. Use File > Import… to choose them."));
            return project.beginImport(chosen, guessed, monitor).summary();
        }));
    }

    private void runImport(Project project, Path chosen, String title, Work<ImportSummary> work) {
        runner.run(title, work, summary -> {
            if (session.project().orElse(null) == project) {
                session.show(project);
            }
            session.setNotice(summary.describe() + " · " + QUALITY_HINT);
        }, error -> {
            if (CancelledJob.is(error)) {
                session.setNotice("Import of " + chosen.getFileName() + " cancelled; the project is unchanged.");
            } else {
                UserErrors.report(dialogs, "Import failed", error);
            }
        });
    }

    /// The mapping as chosen now.
    ///
    /// @throws IllegalArgumentException when it is not complete; the message says what is missing
    ImportOptions options() {
        DataKind chosenKind = kind.get();
        boolean transactions = chosenKind == DataKind.TRANSACTIONS;
        boolean lines = transactions && amountSource.get() == AmountSource.QUANTITY_TIMES_PRICE;
        String chosenQuantity = lines ? optional(quantity) : null;
        String chosenPrice = lines ? optional(unitPrice) : null;
        if (lines && (chosenQuantity == null || chosenPrice == null)) {
            throw new IllegalArgumentException("Choose the quantity column and the unit price column, or take the amount from one column.");
        }
        if (transactions) {
            List<String> required = Stream.of(customerId.get(), orderDate.get(), lines ? chosenQuantity : amount.get(), chosenPrice)
                    .filter(c -> c != null).toList();
            if (required.stream().distinct().count() < required.size()) {
                throw new IllegalArgumentException(lines
                        ? "Choose different columns for the customer id, the order date, the quantity and the unit price."
                        : "Choose different columns for the customer id, the order date and the order amount.");
            }
        }
        List<String> featureColumns = transactions ? List.of()
                : features.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        List<String> chosenCategories = categories.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        ImportOptions roles = new ImportOptions(chosenKind, customerId.get(), optional(email), optional(firstName), optional(lastName),
                transactions ? orderDate.get() : null, transactions && !lines ? amount.get() : null, featureColumns, List.of(),
                chosenQuantity, chosenPrice, transactions ? optional(invoice) : null, cancellations.get(), formatChoices.format(),
                cleaningChoices.cleaning());
        for (String category : chosenCategories) {
            if (roles.mappedColumns().contains(category)) {
                throw new IllegalArgumentException("Column '" + category + "' already has a role above; untick it as a category.");
            }
        }
        return roles.withCategoryColumns(chosenCategories).withColumnTypes(columnTypes.types());
    }

    private void apply(Loaded loaded) {
        TablePreview read = loaded.read().table();
        format.set(read.format());
        decimalComma.set(loaded.read().decimalComma());
        applying = true;
        formatChoices.showSheets(loaded.read().sheets());
        columnTypes.show(read.headers());
        // decision: the roles stay as the user set them while the columns stay the same (a new
        // date order or encoding); new columns (another delimiter or sheet) or types get a new guess
        boolean retyped = columnTypes.takeChanged();
        boolean sameColumns = !retyped && read.headers().equals(columns);
        if (!sameColumns) {
            guessRoles(read, loaded.guess());
        }
        applying = false;
        preview.set(read.rows().size() <= PREVIEW_ROWS ? read
                : new TablePreview(read.file(), read.headers(), read.rows().subList(0, PREVIEW_ROWS), read.format()));
        validate();
    }

    private void guessRoles(TablePreview read, Optional<ImportOptions> guess) {
        columns.setAll(read.headers());
        optionalColumns.setAll(NO_COLUMN);
        optionalColumns.addAll(read.headers());
        numericColumns.setAll(NumericColumns.in(read));
        features.clear();
        List<String> guessedFeatures = guess.map(ImportOptions::featureColumns).orElse(List.of());
        for (String column : numericColumns) {
            features.put(column, choice(column, guessedFeatures.contains(column)));
        }
        categoryColumns.setAll(read.headers());
        categories.clear();
        List<String> guessedCategories = guess.map(ImportOptions::categoryColumns).orElse(List.of());
        for (String column : categoryColumns) {
            categories.put(column, choice(column, guessedCategories.contains(column)));
        }
        kind.set(guess.map(ImportOptions::kind).orElse(DataKind.TRANSACTIONS));
        customerId.set(guess.map(ImportOptions::customerId).orElse(null));
        email.set(guess.map(ImportOptions::email).orElse(NO_COLUMN));
        firstName.set(guess.map(ImportOptions::firstName).orElse(NO_COLUMN));
        lastName.set(guess.map(ImportOptions::lastName).orElse(NO_COLUMN));
        orderDate.set(guess.map(ImportOptions::orderDate).orElse(null));
        amount.set(guess.map(ImportOptions::amount).orElse(null));
        quantity.set(guess.map(ImportOptions::quantity).orElse(NO_COLUMN));
        unitPrice.set(guess.map(ImportOptions::unitPrice).orElse(NO_COLUMN));
        invoice.set(guess.map(ImportOptions::invoice).orElse(NO_COLUMN));
        amountSource.set(guess.map(ImportOptions::amountFromLines).orElse(false) ? AmountSource.QUANTITY_TIMES_PRICE
                : AmountSource.AMOUNT_COLUMN);
    }

    private BooleanProperty choice(String column, boolean selected) {
        BooleanProperty property = new SimpleBooleanProperty(this, column, selected);
        property.addListener(observable -> validate());
        return property;
    }

    private void validate() {
        if (applying) {
            return;
        }
        if (preview.get() == null) {
            validation.set("");
            return;
        }
        try {
            ImportOptions options = options();
            validation.set("");
            check.request(file, options);
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
            check.clear();
        }
    }

    private void cancelReads() {
        previews.cancel();
        check.clear();
    }

    private static String optional(StringProperty role) {
        String column = role.get();
        return column == null || NO_COLUMN.equals(column) ? null : column;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TablePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /// How the file was read, for example "CSV, comma-separated, UTF-8".
    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    /// Every column, for the required roles.
    public ObservableList<String> columns() {
        return columns;
    }

    /// [#NO_COLUMN] then every column, for the optional roles.
    public ObservableList<String> optionalColumns() {
        return optionalColumns;
    }

    /// The columns that hold numbers, offered as features of customer-level data.
    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    /// Whether `column` is used as a feature (customer-level data).
    public BooleanProperty featureProperty(String column) {
        BooleanProperty selected = features.get(column);
        if (selected == null) {
            throw new IllegalArgumentException("Not a numeric column of the file: " + column);
        }
        return selected;
    }

    /// Every column, offered as a category (country, gender, channel...).
    public ObservableList<String> categoryColumns() {
        return categoryColumns;
    }

    /// Whether `column` is read as a category, for profiling and optionally for segmenting.
    public BooleanProperty categoryProperty(String column) {
        BooleanProperty selected = categories.get(column);
        if (selected == null) {
            throw new IllegalArgumentException("Not a column of the file: " + column);
        }
        return selected;
    }

    public StringProperty customerIdProperty() {
        return customerId;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty orderDateProperty() {
        return orderDate;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /// How the file is read (encoding, delimiter, header, sheet, date order).
    public FormatChoices formatChoices() {
        return formatChoices;
    }

    /// The type chosen for each column, where the guess reads it wrong.
    public ColumnTypes columnTypes() {
        return columnTypes;
    }

    public CleaningChoices cleaningChoices() {
        return cleaningChoices;
    }

    /// The figures and notes of the whole file read with the mapping as chosen.
    public FileCheck check() {
        return check;
    }

    /// Whether the file is an Excel workbook (sheets can be chosen).
    public ReadOnlyBooleanProperty workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    /// Whether numbers are read with a decimal comma (`1.234,56`), as the reader found.
    public ReadOnlyBooleanProperty decimalCommaProperty() {
        return decimalComma.getReadOnlyProperty();
    }

    /// Why the file cannot be read with the format chosen, or "".
    public ReadOnlyStringProperty readErrorProperty() {
        return readError.getReadOnlyProperty();
    }

    /// Quantity column of order lines, or [#NO_COLUMN].
    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    /// Invoice column, or [#NO_COLUMN]; a `C` before the number marks a cancellation.
    public StringProperty invoiceProperty() {
        return invoice;
    }

    public ObjectProperty<AmountSource> amountSourceProperty() {
        return amountSource;
    }

    public ObjectProperty<Cancellations> cancellationsProperty() {
        return cancellations;
    }

    /// What is missing from the mapping, or "" when it is complete.
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
