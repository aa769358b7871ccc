package io.personae.analytics.workspace;

import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.ExportedRows;
import io.personae.analytics.exporter.SavedPreset;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.PendingQuality;
import io.personae.analytics.importer.QualityReport;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaEdit;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// One workspace: an H2 database file holding the imported data and the segmentation runs.
///
/// Embedded file mode only, never a server: customer data stays in a file the user chose. One
/// connection per workspace, used under this object's lock, and a second one while an import's
/// rows are loaded (see [#replaceData]). Every write is one transaction, so a failed or
/// cancelled write leaves the file exactly as it was.
public final class Workspace implements AutoCloseable {

    private final Path file;
    private final String url;
    private final Connection connection;
    private final CustomerStore customers;
    private final SegmentationStore segmentations;
    private final PersonaStore personas;
    private final ExportHistoryStore exports;
    private final ExportPresetStore presets;
    private boolean closed;

    /// Made by [WorkspaceOpener] once the file is claimed and its schema is up to date.
    Workspace(Path file, String url, Connection connection) {
        this.file = file;
        this.url = url;
        this.connection = connection;
        this.customers = new CustomerStore(connection);
        this.segmentations = new SegmentationStore(connection);
        this.personas = new PersonaStore(connection);
        this.exports = new ExportHistoryStore(connection);
        this.presets = new ExportPresetStore(connection);
    }

    /// Opens the workspace at `file`, creating it when it does not exist.
    ///
    /// @param file a `.mv.db` file, a folder (holding or to hold `personae.mv.db`), or a name
    ///             to which `.mv.db` is added
    /// @throws WorkspaceException when the file is not a Personae workspace, is open in another
    ///                            window, or cannot be read or created
    public static Workspace open(Path file) throws WorkspaceException {
        return WorkspaceOpener.open(file);
    }

    /// The `.mv.db` file.
    public Path file() {
        return file;
    }

    /// Replaces the workspace's data with an import: previous data, segmentations and persona
    /// edits go, the import record, orders, customers and features come in. Readers see the
    /// previous import until the whole new one is in, never a part of it.
    ///
    /// The rows are loaded into new tables through a connection of their own, while this
    /// workspace stays free for reads and other writes; a short transaction then switches to them.
    ///
    /// decision: the load does not hold this workspace's lock. A 900,000-order import takes
    /// seconds to write, and the window keeps reading (persona edits, action labels) meanwhile.
    /// The staging tables are invisible until the switch (see [DataSetTables]), so there is
    /// nothing half-written to see.
    ///
    /// @throws CancelledException when `progress` was cancelled; nothing was changed
    public void replaceData(ImportedFile imported, CustomerTable table, ProgressMonitor progress) throws WorkspaceException {
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(table, "table");
        PendingQuality quality = imported.pendingQuality();
        if (quality != null) {
            // the report is made on another core while the rows are written
            quality.start();
        }
        try {
            replaceData(imported, table, quality, progress);
        } catch (WorkspaceException | RuntimeException | Error e) {
            if (quality != null) {
                quality.cancel();
            }
            throw e;
        }
    }

    private void replaceData(ImportedFile imported, CustomerTable table, PendingQuality quality, ProgressMonitor progress)
            throws WorkspaceException {
        synchronized (this) {
            requireOpen();
            try {
                customers.prepare();
            } catch (SQLException e) {
                throw writeFailure(e);
            }
        }
        DataSetTables staged;
        try (Connection staging = WorkspaceOpener.connection(url)) {
            staged = CustomerStore.stage(staging, imported, table, progress);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
        QualityReport report = awaitQuality(quality, progress);
        synchronized (this) {
            // closed meanwhile: the staged tables are dropped on the next open
            requireOpen();
            try {
                customers.switchTo(staged, imported, table, report);
                personas.retain(Set.of());
            } catch (SQLException e) {
                throw writeFailure(e);
            }
        }
    }

    public synchronized Optional<ImportSummary> lastImport() throws WorkspaceException {
        requireOpen();
        try {
            return customers.lastImport();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The column mapping, file format and cleaning of the last import, so a newer file can be
    /// imported the same way; empty before the first import.
    public synchronized Optional<ImportOptions> lastImportOptions() throws WorkspaceException {
        requireOpen();
        try {
            return customers.lastImportOptions();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The data quality report of the last import; empty before the first import and for an
    /// import made before reports were kept.
    public synchronized Optional<QualityReport> qualityReport() throws WorkspaceException {
        requireOpen();
        try {
            return customers.lastQualityReport();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The customer table of the last import, in the order it was saved.
    public synchronized Optional<CustomerTable> loadCustomers() throws WorkspaceException {
        requireOpen();
        try {
            return customers.load();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// Keeps a segmentation run as the latest; earlier runs stay as history.
    public synchronized void saveSegmentation(SegmentationResult result, List<Persona> personas) throws WorkspaceException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(personas, "personas");
        requireOpen();
        try {
            connection.setAutoCommit(false);
            segmentations.save(result, personas);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw writeFailure(e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    public synchronized Optional<SegmentationResult> loadLatestSegmentation() throws WorkspaceException {
        requireOpen();
        try {
            return segmentations.loadLatest();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The persona names stored with the latest segmentation, in segment order; empty when there
    /// is none. Names kept across re-runs cannot be generated again, so a reopened workspace shows these.
    public synchronized List<String> latestPersonaNames() throws WorkspaceException {
        requireOpen();
        try {
            return segmentations.latestPersonaNames();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The user's edits to personas (names, descriptions, notes) by segment identity.
    public synchronized Map<Integer, PersonaEdit> personaEdits() throws WorkspaceException {
        requireOpen();
        try {
            return personas.edits();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// Keeps `edit` as the edit of its segment identity, replacing an earlier one.
    public synchronized void savePersonaEdit(PersonaEdit edit) throws WorkspaceException {
        Objects.requireNonNull(edit, "edit");
        requireOpen();
        try {
            personas.save(edit);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// Drops the persona edits of every identity not in `identities`: segments that went away or
    /// were not carried over into the latest run.
    public synchronized void retainPersonaEdits(Set<Integer> identities) throws WorkspaceException {
        Objects.requireNonNull(identities, "identities");
        requireOpen();
        try {
            personas.retain(identities);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// The labels users see for the actions; the defaults until changed.
    public synchronized ActionVocabulary actionVocabulary() throws WorkspaceException {
        requireOpen();
        try {
            return personas.vocabulary();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    public synchronized void saveActionVocabulary(ActionVocabulary vocabulary) throws WorkspaceException {
        Objects.requireNonNull(vocabulary, "vocabulary");
        requireOpen();
        try {
            personas.saveVocabulary(vocabulary);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// Keeps an export and the customers it wrote in the history; returns the record with its id.
    public synchronized ExportRecord recordExport(ExportRecord record, ExportedRows customers) throws WorkspaceException {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(customers, "customers");
        requireOpen();
        try {
            return record.withId(exports.add(record, customers));
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// Every export written from this workspace, newest first.
    public synchronized List<ExportRecord> exportHistory() throws WorkspaceException {
        requireOpen();
        try {
            return exports.all();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    public synchronized Optional<ExportRecord> exportRecord(long id) throws WorkspaceException {
        requireOpen();
        try {
            return exports.find(id);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The customers export `id` wrote, in file order, with their test group; empty when there is no such export.
    public synchronized Optional<List<ExportedCustomer>> exportedCustomers(long id) throws WorkspaceException {
        requireOpen();
        try {
            return exports.customers(id);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// The export presets users saved, by name.
    public synchronized List<SavedPreset> savedPresets() throws WorkspaceException {
        requireOpen();
        try {
            return presets.all();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /// Keeps `preset`, replacing a saved one of the same name (ignoring case).
    public synchronized void savePreset(SavedPreset preset) throws WorkspaceException {
        Objects.requireNonNull(preset, "preset");
        requireOpen();
        try {
            presets.save(preset);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// Deletes the saved preset of this name (ignoring case); whether there was one.
    public synchronized boolean deletePreset(String name) throws WorkspaceException {
        Objects.requireNonNull(name, "name");
        requireOpen();
        try {
            return presets.delete(name);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    /// Writes a copy of this workspace to `target` and opens it; this workspace is closed once
    /// the copy is open. On failure this workspace stays open and unchanged.
    public synchronized Workspace saveAs(Path target) throws WorkspaceException {
        requireOpen();
        Path copy = WorkspaceFile.resolve(target);
        if (copy.equals(file)) {
            throw new WorkspaceException("This workspace is already saved as " + file.getFileName() + ". Choose another name to save a copy.");
        }
        WorkspaceCopy.write(connection, copy);
        Workspace opened = open(copy);
        close();
        return opened;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        WorkspaceOpener.closeQuietly(connection);
        WorkspaceFile.release(file);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The workspace " + file.getFileName() + " is closed");
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; H2 discards the uncommitted transaction on the next open
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is gone; the next call reports it
        }
    }

    /// The import's quality report, waiting for it while it is still being made on its own
    /// thread; `null` when the import has none. The staged tables of a failed wait are dropped
    /// on the next open, like those of a failed switch.
    private static QualityReport awaitQuality(PendingQuality quality, ProgressMonitor progress) throws WorkspaceException {
        if (quality == null) {
            return null;
        }
        try {
            return quality.await(progress);
        } catch (ImportException e) {
            throw new WorkspaceException(e.getMessage() + " The workspace is unchanged.", e);
        }
    }

    private WorkspaceException writeFailure(SQLException e) {
        return new WorkspaceException("Saving to " + file.getFileName() + " failed (" + e.getMessage()
                + "); the workspace is unchanged. Check there is free disk space and try again.", e);
    }

    private WorkspaceException readFailure(SQLException e) {
        return new WorkspaceException("Reading " + file.getFileName() + " failed (" + e.getMessage()
                + "). The file may be damaged; open a copy saved earlier.", e);
    }
}
