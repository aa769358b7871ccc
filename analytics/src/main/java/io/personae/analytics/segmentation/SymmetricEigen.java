package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/// Eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: simple, exact to
/// rounding, and plenty fast for the d x d covariance of a few features.
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {}

    /// The eigenvectors of the `count` largest eigenvalues, largest first. Each is signed so
    /// that its largest-magnitude entry is positive, so the chart does not flip between runs.
    static double[][] leadingVectors(double[][] symmetric, int count) {
        int d = symmetric.length;
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[d][d];
        for (int i = 0; i < d; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-22 * Math.max(1, diagonal(a)); sweep++) {
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -a[i][i]).thenComparingInt(i -> i));
        double[][] vectors = new double[count][d];
        for (int c = 0; c < count; c++) {
            int column = order[c];
            int largest = 0;
            for (int j = 0; j < d; j++) {
                vectors[c][j] = v[j][column];
                if (Math.abs(vectors[c][j]) > Math.abs(vectors[c][largest])) {
                    largest = j;
                }
            }
            if (vectors[c][largest] < 0) {
                for (int j = 0; j < d; j++) {
                    vectors[c][j] = -vectors[c][j];
                }
            }
        }
        return vectors;
    }

    /// One Jacobi rotation zeroing `a[p][q]`, accumulated into the eigenvector matrix `v`.
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        int d = a.length;
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < d; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < d; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i] * a[i][i];
        }
        return sum;
    }
}
