package io.personae.analytics.segmentation;

/// The scatter chart's coordinates: each customer on the first two principal components of the
/// scaled data.
///
/// decision: our own covariance plus Jacobi eigen-decomposition instead of Smile's PCA. Smile
/// calls native OpenBLAS/LAPACK for it, which most laptops do not have; the matrix here is only
/// d x d (d = a handful of features), so a few dozen lines of plain Java do it in microseconds.
///
/// @param x first principal component of each customer
/// @param y second principal component, 0 when there is a single feature
record Projection(float[] x, float[] y) {

    static Projection of(double[] values, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += values[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] covariance = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = values[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    covariance[a][b] += centred[a] * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                covariance[a][b] /= n;
                covariance[b][a] = covariance[a][b];
            }
        }
        double[][] components = SymmetricEigen.leadingVectors(covariance, Math.min(2, d));
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double px = 0;
            double py = 0;
            for (int j = 0; j < d; j++) {
                double v = values[i * d + j] - mean[j];
                px += v * components[0][j];
                if (d > 1) {
                    py += v * components[1][j];
                }
            }
            x[i] = (float) px;
            y[i] = (float) py;
        }
        return new Projection(x, y);
    }
}
