package io.personae.app.importing;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.TablePreview;
import io.personae.app.common.DialogService;
import io.personae.app.common.FileType;
import io.personae.app.common.ProjectSupplier;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The import dialog: the chosen file's preview, how it is read and its column roles (guessed,
/// then adjustable), the cleaning, their validation, and the import itself, which runs in the
/// background.
///
/// A coordinator: the preview is read by [PreviewReader], the roles are held by [RoleChoices]
/// and turned into import options by [RoleMapping], a mapping that validates is checked against
/// the whole file by [FileCheck] (so the dialog can show the figures and the date-order reason
/// before importing), and the import is run by [BackgroundImport]. Changing how the file is read
/// reloads the preview; changing any choice validates the mapping again.
public final class ImportViewModel {

    /// The choice for an optional role the file does not have.
    public static final String NO_COLUMN = "(none)";
    static final FileType DATA_FILES = new FileType("CSV and Excel files", "csv", "tsv", "txt", "xlsx", "xls");
    static final int PREVIEW_ROWS = 100;
    /// What the status bar adds after an import, so the user knows where the report is.
    static final String QUALITY_HINT = "View ▸ " + QualityViewModel.MENU_TEXT;

    /// Where the amount of an order line comes from.
    public enum AmountSource { AMOUNT_COLUMN, QUANTITY_TIMES_PRICE }

    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final FormatChoices formatChoices = new FormatChoices();
    private final CleaningChoices cleaningChoices = new CleaningChoices();
    private final ColumnTypes columnTypes = new ColumnTypes();
    private final RoleChoices roles = new RoleChoices();
    private final PreviewReader reader;
    private final FileCheck check;
    private final BackgroundImport imports;
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final BooleanBinding canImport;

    /// set while the dialog fills in a guess, so the properties it sets trigger no reads
    private boolean applying;

    public ImportViewModel(Session session, TaskRunner runner, DialogService dialogs, ProjectSupplier projects) {
        this.dialogs = dialogs;
        this.reader = new PreviewReader(runner, this::apply);
        this.check = new FileCheck(runner);
        this.imports = new BackgroundImport(session, runner, dialogs, projects);
        List<Observable> choices = new ArrayList<>(roles.choices());
        choices.addAll(List.of(reader.previewProperty(), formatChoices.dateOrderProperty(),
                columnTypes.keepChangesProperty()));
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
        canImport = Bindings.createBooleanBinding(
                () -> previewProperty().get() != null && validation.get().isEmpty() && !loadingProperty().get(),
                previewProperty(), validation, loadingProperty());
    }

    /// Asks for a file and opens the dialog on its preview.
    public void begin() {
        dialogs.chooseFileToOpen("Import customer data", List.of(DATA_FILES)).ifPresent(this::load);
    }

    /// Opens the dialog on `chosen`: reads its first rows in the background and guesses the roles.
    public void load(Path chosen) {
        cancelReads();
        applying = true;
        formatChoices.reset();
        cleaningChoices.reset();
        columnTypes.reset();
        roles.resetCancellations();
        applying = false;
        roles.clearColumns();
        reader.open(chosen);
        showing.set(true);
        reader.readAsGuessed(columnTypes.types(), error -> {
            showing.set(false);
            UserErrors.report(dialogs, "Cannot read " + chosen.getFileName(), error);
        });
    }

    /// Reads the preview again after the user changed how the file is read; a failure is shown
    /// in the dialog, which stays open for another choice.
    private void reload() {
        if (applying || reader.file() == null) {
            return;
        }
        check.clear();
        List<String> sheets = List.copyOf(formatChoices.sheets().subList(1, formatChoices.sheets().size()));
        reader.reload(formatChoices.format(), columnTypes.types(), sheets);
    }

    /// Closes the dialog without importing.
    public void close() {
        cancelReads();
        showing.set(false);
        reader.forget();
    }

    /// Imports the file with the chosen roles in the background and closes the dialog. On
    /// failure the user is told why and the project keeps its data.
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportOptions options = options();
        Path chosen = reader.file();
        cancelReads();
        showing.set(false);
        reader.forget();
        imports.start(chosen, options);
    }

    /// Imports `chosen` with the guessed roles, without a dialog: for the bundled sample.
    public void importGuessed(Path chosen) {
        imports.startGuessed(chosen);
    }

    /// The mapping as chosen now.
    ///
    /// @throws IllegalArgumentException when it is not complete; the message says what is missing
    ImportOptions options() {
        return RoleMapping.options(roles, formatChoices, cleaningChoices, columnTypes);
    }

    private void apply(PreviewReader.Loaded loaded) {
        TablePreview read = loaded.read().table();
        applying = true;
        formatChoices.showSheets(loaded.read().sheets());
        columnTypes.show(read.headers());
        // decision: the roles stay as the user set them while the columns stay the same (a new
        // date order or encoding); new columns (another delimiter or sheet) or types get a new guess
        boolean retyped = columnTypes.takeChanged();
        if (retyped || !roles.offers(read.headers())) {
            roles.guess(read, loaded.guess());
        }
        applying = false;
        reader.show(loaded);
        validate();
    }

    private void validate() {
        if (applying) {
            return;
        }
        if (previewProperty().get() == null) {
            validation.set("");
            return;
        }
        try {
            ImportOptions options = options();
            validation.set("");
            check.request(reader.file(), options);
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
            check.clear();
        }
    }

    private void cancelReads() {
        reader.cancel();
        check.clear();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reader.loadingProperty();
    }

    public ReadOnlyObjectProperty<TablePreview> previewProperty() {
        return reader.previewProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return reader.fileNameProperty();
    }

    /// How the file was read, for example "CSV, comma-separated, UTF-8".
    public ReadOnlyStringProperty formatProperty() {
        return reader.formatProperty();
    }

    /// Whether the file is an Excel workbook (sheets can be chosen).
    public ReadOnlyBooleanProperty workbookProperty() {
        return reader.workbookProperty();
    }

    /// Whether numbers are read with a decimal comma (`1.234,56`), as the reader found.
    public ReadOnlyBooleanProperty decimalCommaProperty() {
        return reader.decimalCommaProperty();
    }

    /// Why the file cannot be read with the format chosen, or "".
    public ReadOnlyStringProperty readErrorProperty() {
        return reader.readErrorProperty();
    }

    /// Which column plays which role, and the features and categories.
    public RoleChoices roles() {
        return roles;
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

    /// What is missing from the mapping, or "" when it is complete.
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
