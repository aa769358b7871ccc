package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Customer tables with known structure for the tests of choosing k and of stability.
public final class Blobs {

    private Blobs() {}

    /// Gaussian blobs: `sizes[c]` customers around `centres[c]`, standard deviation `spread`,
    /// in blob order.
    public static CustomerTable gaussian(double[][] centres, int[] sizes, double spread, long seed) {
        Random random = new Random(seed);
        int d = centres[0].length;
        int n = 0;
        for (int size : sizes) {
            n += size;
        }
        double[][] values = new double[d][n];
        int i = 0;
        for (int c = 0; c < centres.length; c++) {
            for (int s = 0; s < sizes[c]; s++, i++) {
                for (int j = 0; j < d; j++) {
                    values[j][i] = centres[c][j] + spread * random.nextGaussian();
                }
            }
        }
        return table(values);
    }

    /// `n` customers spread uniformly over the unit cube in `d` dimensions: no structure at all.
    public static CustomerTable uniform(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[d][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                values[j][i] = random.nextDouble();
            }
        }
        return table(values);
    }

    /// Four blobs at the corners of a square, 20 standard deviations apart.
    public static CustomerTable fourCorners(int perBlob, long seed) {
        return gaussian(new double[][] {{0, 0}, {20, 0}, {0, 20}, {20, 20}},
                new int[] {perBlob, perBlob, perBlob, perBlob}, 1, seed);
    }

    private static CustomerTable table(double[][] values) {
        int n = values[0].length;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + (i + 1);
        }
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            features.add(new Feature("x" + (j + 1), FeatureKind.NUMBER, false));
        }
        return new CustomerTable(ids, new String[n], new String[n], new String[n], features, values);
    }
}
