package io.personae.analytics.project;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.importer.ImportSummary;
import io.personae.analytics.personas.Segmentation;

/// What a project shows now: the customers, their latest segmentation and the import they came
/// from. While an import is being saved this is ahead of what the workspace holds.
///
/// Each value is swapped whole, so reads need no lock and may come from any thread; changes are
/// made holding the project's lock.
final class ShownData {

    /// What the project showed at one moment, to go back to if an import begun then is not saved.
    record Snapshot(CustomerTable customers, Segmentation segmentation, ImportSummary lastImport) {
    }

    private volatile CustomerTable customers;
    private volatile Segmentation segmentation;
    private volatile ImportSummary lastImport;

    /// The customers; `null` before the first import.
    CustomerTable customers() {
        return customers;
    }

    /// The latest segmentation of the customers; `null` until they are segmented.
    Segmentation segmentation() {
        return segmentation;
    }

    /// The import the customers came from; `null` before the first import.
    ImportSummary lastImport() {
        return lastImport;
    }

    /// Shows the customers of an import, not segmented yet: a segmentation of other data no
    /// longer describes them.
    void showImport(CustomerTable table, ImportSummary summary) {
        customers = table;
        segmentation = null;
        lastImport = summary;
    }

    void showSegmentation(Segmentation shown) {
        segmentation = shown;
    }

    Snapshot snapshot() {
        return new Snapshot(customers, segmentation, lastImport);
    }

    void restore(Snapshot before) {
        customers = before.customers();
        segmentation = before.segmentation();
        lastImport = before.lastImport();
    }
}
