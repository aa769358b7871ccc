package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static double variance(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
    }

    @Test
    void givenPointsAlongALine_whenProjected_thenTheFirstAxisHoldsAlmostAllTheVariance() {
        int n = 50;
        double[] values = new double[n * 3];
        for (int i = 0; i < n; i++) {
            double t = i - 25;
            double wobble = (i % 2 == 0 ? 0.01 : -0.01);
            values[i * 3] = t + wobble;
            values[i * 3 + 1] = 2 * t;
            values[i * 3 + 2] = -t - wobble;
        }

        Projection projection = Projection.of(values, n, 3);

        assertTrue(variance(projection.x()) > 1e5 * variance(projection.y()),
                variance(projection.x()) + " vs " + variance(projection.y()));
    }

    @Test
    void givenAKnownSymmetricMatrix_whenDecomposed_thenTheLeadingVectorIsTheDiagonalWithPositiveSign() {
        double[][] matrix = {{2, 1}, {1, 2}};

        double[][] vectors = SymmetricEigen.leadingVectors(matrix, 2);

        double half = Math.sqrt(0.5);
        assertArrayEquals(new double[] {half, half}, vectors[0], 1e-12);
        assertArrayEquals(new double[] {half, -half}, vectors[1], 1e-12);
    }
}
