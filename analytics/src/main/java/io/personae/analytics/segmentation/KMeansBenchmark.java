package io.personae.analytics.segmentation;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/// Times [KMeans#fit] on a numeric CSV, for comparison with `/work/shared/bench/sklearn_kmeans.py`
/// on the same file (the command line runs it as `personae bench kmeans FEATURES.csv K`).
///
/// The data is clustered as it is in the file, without scaling, and only the fit is timed,
/// exactly as the scikit-learn script does, so the two lines compare like with like.
public final class KMeansBenchmark {

    private KMeansBenchmark() {}

    /// @param numericCsv a header row, then numbers only, comma-separated
    /// @return one line: `personae k=K n=N d=D n_init=R fit_ms=T iterations=I inertia=X`
    /// @throws IllegalArgumentException when the file is not a numeric table (names the line)
    /// @throws UncheckedIOException when the file cannot be read
    public static String run(Path numericCsv, int k, int restarts) {
        Matrix matrix = read(numericCsv);
        long start = System.nanoTime();
        KMeans.Fit fit = KMeans.fit(matrix.values(), matrix.rows(), matrix.columns(), k,
                SegmentationOptions.DEFAULT_SEED, restarts, SegmentationOptions.DEFAULT_MAX_ITERATIONS,
                ProgressMonitor.NONE);
        double millis = (System.nanoTime() - start) / 1e6;
        String inertia = new BigDecimal(fit.inertia()).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "personae k=%d n=%d d=%d n_init=%d fit_ms=%.1f iterations=%d inertia=%s",
                k, matrix.rows(), matrix.columns(), restarts, millis, fit.iterations(), inertia);
    }

    private record Matrix(double[] values, int rows, int columns) {}

    private static Matrix read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty: expected a header row, then numbers.");
            }
            int columns = header.split(",", -1).length;
            double[] values = new double[columns * 1024];
            int rows = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if ((long) (rows + 1) * columns > values.length) {
                    values = Arrays.copyOf(values, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, 2L * values.length)));
                }
                parseRow(line, values, rows * columns, columns, file, rows + 2);
                rows++;
            }
            if (rows == 0) {
                throw new IllegalArgumentException(file + " has a header but no rows of numbers.");
            }
            return new Matrix(Arrays.copyOf(values, rows * columns), rows, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void parseRow(String line, double[] values, int offset, int columns, Path file, int lineNumber) {
        int start = 0;
        for (int j = 0; j < columns; j++) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = line.length();
            }
            if ((end == line.length()) != (j == columns - 1)) {
                throw new IllegalArgumentException(
                        file + " line " + lineNumber + ": expected " + columns + " numbers separated by commas.");
            }
            try {
                values[offset + j] = Double.parseDouble(line.substring(start, end));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + lineNumber + ", column " + (j + 1) + ": '"
                        + line.substring(start, end) + "' is not a number.", e);
            }
            start = end + 1;
        }
    }
}
