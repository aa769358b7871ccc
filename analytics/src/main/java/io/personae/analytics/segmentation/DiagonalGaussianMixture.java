package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.util.stream.IntStream;

/// Gaussian mixture with one diagonal covariance per segment, fitted by expectation-maximisation;
/// each customer goes to its most likely segment.
///
/// decision: our own, not Smile's `MultivariateGaussianMixture`: Smile 6.3 fits full covariances
/// through native LAPACK and fails to load where OpenBLAS is not installed (tried with
/// `-Dsmile.lib.lapack` pointing nowhere: `ExceptionInInitializerError`), which is most laptops.
/// Diagonal covariances let every segment have its own spread per feature (the point of a
/// mixture over k-means) at k-means' cost, and need no matrix library. See
/// docs/decisions/0008-segmentation-methods.md.
///
/// Deterministic: started from the k-means fit for the same seed, then a fixed sequence of
/// passes. Each pass splits the rows into fixed-size chunks summed in chunk order, so the result
/// does not depend on the number of cores.
final class DiagonalGaussianMixture {

    /// The fit has converged when the mean log-likelihood per customer improves by less than this.
    static final double TOLERANCE = 1e-6;
    /// Every variance is at least this share of the feature's overall variance, so a segment of
    /// identical customers does not collapse to a zero-width spike of infinite likelihood.
    static final double VARIANCE_FLOOR = 1e-3;
    /// EM converges in tens of passes from a k-means start; more passes only polish.
    static final int MAX_PASSES = 200;
    /// Rows per parallel task; fixed so the order of additions never depends on the machine.
    static final int CHUNK = 4096;

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final int chunks;
    private final double[] weights;
    private final double[] means;
    private final double[] variances;
    private final double[] floor;

    private DiagonalGaussianMixture(double[] x, int n, int d, int k) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.weights = new double[k];
        this.means = new double[k * d];
        this.variances = new double[k * d];
        this.floor = new double[d];
    }

    static Partition fit(double[] x, int n, int d, int k, SegmentationOptions options, ProgressMonitor progress) {
        KMeans.Fit start = KMeans.fit(x, n, d, k, options.seed(), options.restarts(), options.maxIterations(),
                progress.stage(0, 0.3));
        DiagonalGaussianMixture mixture = new DiagonalGaussianMixture(x, n, d, k);
        mixture.initialise(start.labels());
        int passes = Math.min(MAX_PASSES, options.maxIterations());
        double previous = Double.NEGATIVE_INFINITY;
        int pass = 0;
        ProgressMonitor em = progress.stage(0.3, 1);
        while (pass < passes) {
            double[][] sums = mixture.expectation();
            pass++;
            double meanLogLikelihood = sums[0][0] / n;
            mixture.maximisation(sums);
            em.checkCancelled();
            em.update((double) pass / passes, "Gaussian mixture, pass " + pass);
            if (meanLogLikelihood - previous < TOLERANCE) {
                break;
            }
            previous = meanLogLikelihood;
        }
        return new Partition(mixture.mostLikely(), k, pass);
    }

    /// Weights, means and variances from the k-means segments.
    private void initialise(int[] labels) {
        double[] overallMean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                overallMean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            overallMean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = x[i * d + j] - overallMean[j];
                floor[j] += diff * diff;
            }
        }
        for (int j = 0; j < d; j++) {
            floor[j] = Math.max(VARIANCE_FLOOR * floor[j] / n, Double.MIN_NORMAL);
        }
        double[] sum = new double[k * d];
        double[] squares = new double[k * d];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            sizes[c]++;
            for (int j = 0; j < d; j++) {
                double value = x[i * d + j];
                sum[c * d + j] += value;
                squares[c * d + j] += value * value;
            }
        }
        for (int c = 0; c < k; c++) {
            weights[c] = Math.max(sizes[c], 1) / (double) n;
            for (int j = 0; j < d; j++) {
                int at = c * d + j;
                double mean = sizes[c] > 0 ? sum[at] / sizes[c] : overallMean[j];
                means[at] = mean;
                double variance = sizes[c] > 0 ? squares[at] / sizes[c] - mean * mean : 0;
                variances[at] = Math.max(variance, floor[j]);
            }
        }
    }

    /// One E pass that also gathers the M step's sums: per chunk, the log-likelihood, then per
    /// segment the responsibility total, and the responsibility-weighted sums of x and x².
    /// Returns `{{logLikelihood}, totals, sums, squares}` added up over chunks in order.
    private double[][] expectation() {
        double[][][] perChunk = new double[chunks][][];
        double[] logNorm = logNormalisers();
        IntStream.range(0, chunks).parallel().forEach(chunk -> perChunk[chunk] = expectChunk(chunk, logNorm));
        double[][] total = {new double[1], new double[k], new double[k * d], new double[k * d]};
        for (double[][] part : perChunk) {
            for (int a = 0; a < total.length; a++) {
                for (int b = 0; b < total[a].length; b++) {
                    total[a][b] += part[a][b];
                }
            }
        }
        return total;
    }

    private double[][] expectChunk(int chunk, double[] logNorm) {
        double[] logLikelihood = new double[1];
        double[] totals = new double[k];
        double[] sums = new double[k * d];
        double[] squares = new double[k * d];
        double[] logp = new double[k];
        for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
            double lse = logJoint(i, logNorm, logp);
            logLikelihood[0] += lse;
            for (int c = 0; c < k; c++) {
                double r = Math.exp(logp[c] - lse);
                if (r == 0) {
                    continue;
                }
                totals[c] += r;
                for (int j = 0; j < d; j++) {
                    double value = x[i * d + j];
                    sums[c * d + j] += r * value;
                    squares[c * d + j] += r * value * value;
                }
            }
        }
        return new double[][] {logLikelihood, totals, sums, squares};
    }

    /// `log(weight) - 0.5 * sum(log(2 pi variance))` per segment: the part of the log density
    /// that does not depend on the customer.
    private double[] logNormalisers() {
        double[] logNorm = new double[k];
        for (int c = 0; c < k; c++) {
            double sum = Math.log(Math.max(weights[c], Double.MIN_NORMAL));
            for (int j = 0; j < d; j++) {
                sum -= 0.5 * Math.log(2 * Math.PI * variances[c * d + j]);
            }
            logNorm[c] = sum;
        }
        return logNorm;
    }

    /// Fills `logp[c]` with log(weight_c * density_c(row i)) and returns their log-sum-exp.
    private double logJoint(int i, double[] logNorm, double[] logp) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double sum = logNorm[c];
            for (int j = 0; j < d; j++) {
                double diff = x[i * d + j] - means[c * d + j];
                sum -= 0.5 * diff * diff / variances[c * d + j];
            }
            logp[c] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += Math.exp(logp[c] - max);
        }
        return max + Math.log(total);
    }

    private void maximisation(double[][] sums) {
        double[] totals = sums[1];
        for (int c = 0; c < k; c++) {
            if (totals[c] < 1e-9) {
                // a segment nobody belongs to keeps its place but no weight
                weights[c] = 0;
                continue;
            }
            weights[c] = totals[c] / n;
            for (int j = 0; j < d; j++) {
                int at = c * d + j;
                double mean = sums[2][at] / totals[c];
                means[at] = mean;
                variances[at] = Math.max(sums[3][at] / totals[c] - mean * mean, floor[j]);
            }
        }
    }

    private int[] mostLikely() {
        int[] labels = new int[n];
        double[] logNorm = logNormalisers();
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] logp = new double[k];
            for (int i = chunk * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                logJoint(i, logNorm, logp);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (logp[c] > logp[best]) {
                        best = c;
                    }
                }
                labels[i] = best;
            }
        });
        return labels;
    }
}
