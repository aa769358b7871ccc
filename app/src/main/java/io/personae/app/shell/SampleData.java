package io.personae.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/// The bundled sample orders, copied into a temporary folder with a scratch project beside them.
///
/// @param folder    the temporary folder, deleted by [#delete()]
/// @param orders    the copied CSV file
/// @param workspace where the scratch project is kept
record SampleData(Path folder, Path orders, Path workspace) {

    static final String RESOURCE = "/samples/online-shop-orders.csv";
    private static final System.Logger LOG = System.getLogger(SampleData.class.getName());

    // decision: the sample is copied out of the jar because importing reads a file, and it
    // should look like one to the user ("Imported online-shop-orders.csv: ...")
    static SampleData prepare() throws IOException {
        Path folder = Files.createTempDirectory("personae-sample-");
        Path orders = folder.resolve("online-shop-orders.csv");
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample data " + RESOURCE + " is missing from the application");
            }
            Files.copy(in, orders);
        }
        return new SampleData(folder, orders, folder.resolve("online-shop-sample.mv.db"));
    }

    /// Removes the folder; the project in it must be closed.
    void delete() {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the sample folder " + folder, e);
        }
    }
}
