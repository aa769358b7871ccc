package io.personae.analytics.exporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// The customers an export left out, one row each with the reason, for whoever cleans the data
/// (`spring-excluded.csv` beside `spring.csv`, by convention).
public final class ExcludedFile {

    static final List<String> HEADER = List.of("Customer ID", "Email Address", "Segment", "Reason", "Detail");

    private ExcludedFile() {}

    /// `spring-excluded.csv` for `spring.csv` (or `.xlsx`): the conventional name beside an export.
    public static Path besides(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(stem + "-excluded.csv");
    }

    static void write(Path file, ValidationReport report, boolean bom, StagedFiles.Opener opener) throws ExportException {
        AtomicFile.write(file, bom, out -> {
            CsvRowWriter csv = new CsvRowWriter(out);
            csv.writeRow(HEADER);
            for (ExcludedCustomer customer : report.excluded()) {
                csv.writeRow(List.of(customer.id(), customer.email(), "Segment " + customer.segment(),
                        customer.reason().label(), customer.detail()));
            }
        }, opener);
    }

    /// Removes a file of left-out customers written for an export that then failed.
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // decision: the export's own error is the one to report; a stale list of left-out customers is harmless
        }
    }
}
