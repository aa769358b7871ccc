package io.personae.analytics.project;

import io.personae.analytics.exporter.CampaignExporter;
import io.personae.analytics.exporter.ExportException;
import io.personae.analytics.exporter.ExportOptions;
import io.personae.analytics.exporter.ExportSummary;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.importer.ImportException;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.importer.ImportedFile;
import io.personae.analytics.importer.Importer;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.PersonaBuilder;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.workspace.Workspace;
import io.personae.analytics.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The engine as the window and the command line use it: one open workspace, the customers it
/// holds and its latest segmentation.
///
/// Reads return immutable snapshots and may come from any thread. Operations that change the
/// workspace are serialised; each one either completes or leaves the workspace as it was.
public final class Project implements AutoCloseable {

    private final Workspace workspace;
    private volatile CustomerTable customers;
    private volatile Segmentation segmentation;
    private volatile ImportSummary lastImport;

    private Project(Workspace workspace) throws WorkspaceException {
        this.workspace = workspace;
        this.customers = workspace.loadCustomers().orElse(null);
        this.lastImport = workspace.lastImport().orElse(null);
        if (customers != null) {
            Optional<SegmentationResult> stored = workspace.loadLatestSegmentation();
            if (stored.isPresent()) {
                this.segmentation = new Segmentation(stored.get(), PersonaBuilder.build(customers, stored.get()));
            }
        }
    }

    /// Opens the workspace at `file` (an H2 `.mv.db` file, or a folder holding one), creating it
    /// when it does not exist yet.
    public static Project open(Path file) throws WorkspaceException {
        Workspace workspace = Workspace.open(file);
        try {
            return new Project(workspace);
        } catch (WorkspaceException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    public Path file() {
        return workspace.file();
    }

    public Optional<CustomerTable> customers() {
        return Optional.ofNullable(customers);
    }

    public Optional<Segmentation> segmentation() {
        return Optional.ofNullable(segmentation);
    }

    public Optional<ImportSummary> lastImport() {
        return Optional.ofNullable(lastImport);
    }

    /// Reads `file` with the given column mapping, derives the customer table and replaces the
    /// workspace's data with it in one transaction. The previous segmentation is dropped, since
    /// it described other data. On failure or cancel nothing changes.
    public synchronized ImportSummary importFile(Path file, ImportOptions options, ProgressMonitor progress)
            throws ImportException, WorkspaceException {
        ImportedFile imported = Importer.read(file, options, progress.stage(0, 0.6));
        progress.checkCancelled();
        CustomerTable table = imported.transactions() != null
                ? TransactionFeatures.build(imported.transactions())
                : imported.customers();
        progress.checkCancelled();
        workspace.replaceData(imported, table, progress.stage(0.6, 1));
        customers = table;
        segmentation = null;
        lastImport = imported.summary();
        progress.update(1, imported.summary().describe());
        return imported.summary();
    }

    /// Segments the customers and stores the run as the workspace's latest.
    public synchronized Segmentation segment(SegmentationOptions options, ProgressMonitor progress)
            throws SegmentationException, WorkspaceException {
        Segmentation result = preview(options, progress.stage(0, 0.9));
        progress.checkCancelled();
        workspace.saveSegmentation(result.result(), result.personas());
        segmentation = result;
        progress.update(1, "Segmented into " + options.k() + " segments");
        return result;
    }

    /// Segments the customers without storing anything: what the slider shows while it moves.
    public Segmentation preview(SegmentationOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        SegmentationResult result = Segmenter.segment(table, options, progress);
        List<Persona> personas = PersonaBuilder.build(table, result);
        return new Segmentation(result, personas);
    }

    /// Keeps `shown` as the workspace's latest segmentation (after a preview the user settled on).
    public synchronized void keep(Segmentation shown) throws WorkspaceException {
        workspace.saveSegmentation(shown.result(), shown.personas());
        segmentation = shown;
    }

    /// Writes the customers of the chosen segments of the latest segmentation to a CSV file.
    public ExportSummary export(ExportOptions options, ProgressMonitor progress) throws ExportException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new ExportException("There is nothing to export yet: import a file and segment it first.");
        }
        return CampaignExporter.export(table, current, options, progress);
    }

    /// Copies the workspace to `target` and returns the copy, open; this project is closed.
    public synchronized Project saveAs(Path target) throws WorkspaceException {
        Workspace copy = workspace.saveAs(target);
        try {
            return new Project(copy);
        } catch (WorkspaceException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        workspace.close();
    }
}
