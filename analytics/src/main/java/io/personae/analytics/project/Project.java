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
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmScoring;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationInputs;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import io.personae.analytics.segmentation.Segmenter;
import io.personae.analytics.segmentation.StabilityCheck;
import io.personae.analytics.segmentation.choosing.KSweep;
import io.personae.analytics.segmentation.choosing.SweepOptions;
import io.personae.analytics.segmentation.choosing.SweepResult;
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
                this.segmentation = new Segmentation(stored.get(),
                        PersonaBuilder.restore(customers, stored.get(), workspace.latestPersonaNames()));
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
        progress.update(1, "Segmented into " + result.result().k() + " segments");
        return result;
    }

    /// Segments the customers without storing anything: what the slider shows while it moves.
    /// Segments essentially the same as those of the current segmentation keep their numbers,
    /// colours and persona names (see [SegmentMatcher]).
    public Segmentation preview(SegmentationOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        SegmentationResult result = Segmenter.segment(table, options, progress);
        Segmentation shown = segmentation;
        if (shown != null) {
            result = SegmentMatcher.align(shown.result(), result);
        }
        List<Persona> personas = PersonaBuilder.build(table, result, shown);
        return new Segmentation(result, personas);
    }

    /// Keeps `shown` as the workspace's latest segmentation (after a preview the user settled on).
    public synchronized void keep(Segmentation shown) throws WorkspaceException {
        workspace.saveSegmentation(shown.result(), shown.personas());
        segmentation = shown;
    }

    /// Tries each number of segments in `options`' range on the customers and recommends one.
    /// The other settings come from the latest segmentation, or are the defaults when there is
    /// none, so the sweep answers for the segmentation the user is looking at.
    public SweepResult sweep(SweepOptions options, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        Segmentation current = segmentation;
        SegmentationOptions base = current != null ? current.result().options()
                : SegmentationOptions.withK(SegmentationOptions.MIN_K);
        return KSweep.run(table, base, options, progress);
    }

    /// How well each segment of the latest segmentation holds together over `runs` bootstrap
    /// resamples (see [StabilityCheck]).
    public List<SegmentStability> stability(int runs, ProgressMonitor progress) throws SegmentationException {
        CustomerTable table = customers;
        Segmentation current = segmentation;
        if (table == null || current == null) {
            throw new SegmentationException("There is no segmentation to check yet: segment the customers first.");
        }
        return StabilityCheck.run(table, current.result(), runs, current.result().options().seed(),
                StabilityCheck.DEFAULT_MAX_SAMPLE, progress);
    }

    /// What a run with `options` would segment on (features and their scaling, categories, gaps
    /// and what is done with them), for the run's summary, without running it.
    public SegmentationInputs inputs(SegmentationOptions options) throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        return Segmenter.inputs(table, options);
    }

    /// The RFM cut points the data gives by default (quintiles), for the window to show and edit.
    public RfmCutPoints rfmQuintiles() throws SegmentationException {
        CustomerTable table = customers;
        if (table == null) {
            throw new SegmentationException("There are no customers yet: import a file first.");
        }
        return RfmScoring.quintiles(table);
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
