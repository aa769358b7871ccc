package io.personae.app.importing;

import io.personae.analytics.importer.ColumnType;
import io.personae.analytics.importer.FileFormat;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TablePreview;
import io.personae.analytics.importer.TableReaders;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The dialog's file and its first rows: read in the background when the file is chosen and
/// again each time the user changes how it is read, latest change only (see [LatestRequest]),
/// with the roles guessed from them.
///
/// What a read brings is handed to the view model first, which offers its columns and fills in
/// the roles, then shown here; a failed read on opening is the view model's to report, a failed
/// reload is shown here and the dialog stays open for another choice.
final class PreviewReader {

    // decision: the guess reads more rows than the grid shows; repeating customer ids, the main
    // sign of a transactions file, rarely show within the first hundred orders
    static final int GUESS_ROWS = 500;

    /// The rows read and the roles guessed from them.
    record Loaded(FilePreview read, Optional<ImportOptions> guess) {
    }

    private final LatestRequest<Loaded> requests;
    private final Consumer<Loaded> onLoaded;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<TablePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(this, "workbook", false);
    private final ReadOnlyBooleanWrapper decimalComma = new ReadOnlyBooleanWrapper(this, "decimalComma", false);
    private final ReadOnlyStringWrapper readError = new ReadOnlyStringWrapper(this, "readError", "");

    private Path file;

    /// @param onLoaded gets each read that is still wanted, on the JavaFX thread, before it is shown
    PreviewReader(TaskRunner runner, Consumer<Loaded> onLoaded) {
        this.requests = new LatestRequest<>(runner);
        this.onLoaded = onLoaded;
    }

    /// Starts on a newly chosen file: no preview until [#readAsGuessed] brings one.
    void open(Path chosen) {
        preview.set(null);
        file = chosen;
        workbook.set(TableReaders.isWorkbook(chosen));
        readError.set("");
        fileName.set(String.valueOf(chosen.getFileName()));
        format.set("Reading the first rows…");
        loading.set(true);
    }

    /// Reads the first rows of the file just opened as guessed, with the column `types` (none yet).
    void readAsGuessed(Map<String, ColumnType> types, Consumer<Throwable> onError) {
        read(file, FileFormat.AUTO, types, null, onError);
    }

    /// Reads the first rows again as `asRead` says, with the workbook's `sheets` as known.
    void reload(FileFormat asRead, Map<String, ColumnType> types, List<String> sheets) {
        preview.set(null);
        readError.set("");
        format.set("Reading the first rows again…");
        loading.set(true);
        read(file, asRead, types, sheets, error -> {
            format.set("");
            readError.set(UserErrors.describe(error));
        });
    }

    private void read(Path chosen, FileFormat asRead, Map<String, ColumnType> types, List<String> knownSheets,
            Consumer<Throwable> onError) {
        requests.submit("Reading " + chosen.getFileName(), progress -> {
            FilePreview read = FilePreview.read(chosen, GUESS_ROWS, asRead, types, knownSheets);
            return new Loaded(read, RoleGuesser.guess(read.table(), types));
        }, loaded -> {
            if (chosen.equals(file)) {
                loading.set(false);
                onLoaded.accept(loaded);
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

    /// Shows `loaded`: how the file was read and its first [ImportViewModel#PREVIEW_ROWS] rows.
    void show(Loaded loaded) {
        TablePreview read = loaded.read().table();
        format.set(read.format());
        decimalComma.set(loaded.read().decimalComma());
        int shown = ImportViewModel.PREVIEW_ROWS;
        preview.set(read.rows().size() <= shown ? read
                : new TablePreview(read.file(), read.headers(), read.rows().subList(0, shown), read.format()));
    }

    /// Stops any read; no callback follows.
    void cancel() {
        requests.cancel();
    }

    /// Lets go of the file once the dialog has closed, after [#cancel].
    void forget() {
        file = null;
    }

    /// The file the dialog is on, or `null` when it is closed.
    Path file() {
        return file;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TablePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty decimalCommaProperty() {
        return decimalComma.getReadOnlyProperty();
    }

    ReadOnlyStringProperty readErrorProperty() {
        return readError.getReadOnlyProperty();
    }
}
