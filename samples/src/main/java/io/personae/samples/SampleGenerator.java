package io.personae.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Regenerates the sample data sets in `samples/data`.
///
/// The files are committed; this exists so anyone can see how they were made and remake them.
/// A fixed seed makes every run write the same bytes (the CSV test checks it), so a change to
/// the generator shows up as a change to the data in review. See `samples/README.md`.
public final class SampleGenerator {

    /// The seed of the committed files. Changing it changes every sample and the tests' figures.
    public static final long SEED = 20_260_630L;

    private SampleGenerator() {}

    /// @param args the output folder, `samples/data` when none is given
    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "samples/data"));
    }

    /// Writes every sample file into `folder`, creating it if needed.
    public static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        writeOrders(folder);
        writeCustomers(folder);
    }

    /// Writes `online-shop-orders.csv` into `folder` and returns its path.
    public static Path writeOrders(Path folder) throws IOException {
        Path file = folder.resolve(ShopOrders.FILE_NAME);
        ShopOrders.write(file, SEED);
        return file;
    }

    /// Writes `shop-customers.xlsx` into `folder` and returns its path.
    public static Path writeCustomers(Path folder) throws IOException {
        Path file = folder.resolve(ShopCustomers.FILE_NAME);
        ShopCustomers.write(file, SEED + 1);
        return file;
    }
}
