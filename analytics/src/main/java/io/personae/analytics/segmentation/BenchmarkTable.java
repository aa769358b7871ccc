package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// A numeric benchmark CSV as a customer table, so that benchmarks of whole engine steps (the
/// k sweep) run on the same files as the k-means peers.
public final class BenchmarkTable {

    private BenchmarkTable() {}

    /// Customers numbered from 1 in file order, no contact details, one feature per column
    /// named `x1`, `x2`... as the columns are numbered.
    ///
    /// @throws IllegalArgumentException when the file is not a numeric table (names the line)
    /// @throws UncheckedIOException when the file cannot be read
    public static CustomerTable read(Path numericCsv) {
        NumericCsv csv = NumericCsv.read(numericCsv);
        int n = csv.rows();
        int d = csv.columns();
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(i + 1);
        }
        List<Feature> features = new ArrayList<>(d);
        double[][] columns = new double[d][n];
        for (int j = 0; j < d; j++) {
            features.add(new Feature("x" + (j + 1), FeatureKind.NUMBER, false));
            for (int i = 0; i < n; i++) {
                columns[j][i] = csv.values()[i * d + j];
            }
        }
        return new CustomerTable(ids, new String[n], new String[n], new String[n], features, columns);
    }
}
