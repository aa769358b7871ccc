package io.personae.analytics.segmentation;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Hand-made customer tables whose segments are known, and the adjusted Rand index to compare a
/// found partition with the true one.
final class KnownStructure {

    private KnownStructure() {}

    static CustomerTable table(List<Feature> features, double[][] columns, List<CategoryColumn> categories) {
        int n = columns.length > 0 ? columns[0].length : categories.getFirst().values().length;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + (i + 1);
        }
        return new CustomerTable(ids, new String[n], new String[n], new String[n], features, columns, categories);
    }

    static Feature number(String name) {
        return new Feature(name, FeatureKind.NUMBER, false);
    }

    /// `perGroup` customers around each centre with the given spread per group, grouped in order.
    static double[][] blobs(double[][] centres, double[] spreads, int perGroup, long seed) {
        Random random = new Random(seed);
        int d = centres[0].length;
        double[][] columns = new double[d][centres.length * perGroup];
        for (int g = 0; g < centres.length; g++) {
            for (int s = 0; s < perGroup; s++) {
                for (int j = 0; j < d; j++) {
                    columns[j][g * perGroup + s] = centres[g][j] + spreads[g] * random.nextGaussian();
                }
            }
        }
        return columns;
    }

    /// The true group of each customer of [#blobs]: 0 for the first `perGroup`, then 1...
    static int[] truth(int groups, int perGroup) {
        int[] truth = new int[groups * perGroup];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = i / perGroup;
        }
        return truth;
    }

    static List<Feature> numbers(int d) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            features.add(number("x" + (j + 1)));
        }
        return features;
    }

    /// Hubert and Arabie's adjusted Rand index: 1 for the same partition, about 0 for chance.
    static double adjustedRand(int[] a, int[] b) {
        int ka = max(a) + 1;
        int kb = max(b) + 1;
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double index = 0;
        for (long[] row : table) {
            for (long cell : row) {
                index += pairs(cell);
            }
        }
        double sumRows = 0;
        for (long row : rows) {
            sumRows += pairs(row);
        }
        double sumCols = 0;
        for (long col : cols) {
            sumCols += pairs(col);
        }
        double expected = sumRows * sumCols / pairs(a.length);
        double maximum = (sumRows + sumCols) / 2;
        return (index - expected) / (maximum - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
