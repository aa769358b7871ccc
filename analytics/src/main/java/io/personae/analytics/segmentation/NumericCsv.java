package io.personae.analytics.segmentation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/// A numeric CSV (a header row, then numbers only) read into one row-major array: the input of
/// the k-means benchmarks, used as it is, unscaled, as the scikit-learn script uses it.
///
/// @param values  `rows * columns` values, row `i` at `[i * columns, (i + 1) * columns)`
/// @param rows    data rows (the header not counted)
/// @param columns values per row
record NumericCsv(double[] values, int rows, int columns) {

    /// The first `count` rows (all of them if there are fewer).
    NumericCsv head(int count) {
        int kept = Math.min(rows, count);
        return new NumericCsv(Arrays.copyOf(values, kept * columns), kept, columns);
    }

    /// The rows as separate arrays, the shape Smile takes.
    double[][] toRows() {
        double[][] result = new double[rows][];
        for (int i = 0; i < rows; i++) {
            result[i] = Arrays.copyOfRange(values, i * columns, (i + 1) * columns);
        }
        return result;
    }

    /// @throws IllegalArgumentException when the file is not a numeric table (names the line)
    /// @throws UncheckedIOException when the file cannot be read
    static NumericCsv read(Path file) {
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
            return new NumericCsv(Arrays.copyOf(values, rows * columns), rows, columns);
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
