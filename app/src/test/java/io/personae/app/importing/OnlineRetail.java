package io.personae.app.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/// The two-sheet sample of the Online Retail II workbook in `shared/datasets`; tests using it
/// are skipped when the folder is absent.
public final class OnlineRetail {

    private OnlineRetail() {
    }

    public static Path file() {
        Path datasets = Path.of(System.getProperty("personae.datasets",
                System.getProperty("personae.root", "..") + "/../shared/datasets"));
        Path file = datasets.resolve("online_retail_ii_sample/online_retail_II.xlsx");
        Assumptions.assumeTrue(Files.exists(file), "data set not present: " + file);
        return file;
    }
}
