package io.personae.analytics.segmentation;

import java.util.Arrays;

/// The assignment problem: pair rows with columns so that the total cost is smallest, each row
/// and each column used at most once. Used to match the segments of a new run to those of the
/// previous one.
///
/// decision: our own O(n²m) implementation (Kuhn-Munkres with row and column potentials, as in
/// Jonker and Volgenant's shortest augmenting paths) rather than a library: neither Smile nor
/// commons-math3, both on the classpath, has one, and the matrices here are at most 12 x 12.
public final class HungarianAlgorithm {

    private HungarianAlgorithm() {}

    /// The cheapest assignment for a rectangular cost matrix.
    ///
    /// With more rows than columns some rows stay unassigned (and vice versa); every one of the
    /// `min(rows, columns)` pairs is assigned.
    ///
    /// @param cost `cost[r][c]`, finite; every row the same length
    /// @return for each row the column assigned to it, or -1
    /// @throws IllegalArgumentException when the matrix is ragged or holds a NaN or infinity
    public static int[] solve(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("Every row of a cost matrix needs the same number of columns");
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("Costs must be finite numbers; found " + value);
                }
            }
        }
        if (rows == 0 || columns == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows <= columns) {
            return assignRows(cost, rows, columns);
        }
        // the augmenting-path method needs no more rows than columns: solve the transpose
        double[][] transposed = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                transposed[c][r] = cost[r][c];
            }
        }
        int[] rowOfColumn = assignRows(transposed, columns, rows);
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        for (int c = 0; c < columns; c++) {
            columnOfRow[rowOfColumn[c]] = c;
        }
        return columnOfRow;
    }

    /// Total cost of an assignment as returned by [#solve], unassigned rows counting nothing.
    public static double total(double[][] cost, int[] assignment) {
        double sum = 0;
        for (int r = 0; r < assignment.length; r++) {
            if (assignment[r] >= 0) {
                sum += cost[r][assignment[r]];
            }
        }
        return sum;
    }

    /// Adds the rows one at a time, each along a shortest augmenting path (Dijkstra on reduced
    /// costs), keeping potentials `u`, `v` with `u[r] + v[c] <= cost[r][c]` throughout. Arrays
    /// are 1-based; index 0 is the virtual column where each new path starts.
    private static int[] assignRows(double[][] cost, int rows, int columns) {
        double[] u = new double[rows + 1];
        double[] v = new double[columns + 1];
        int[] rowAt = new int[columns + 1];
        int[] previousColumn = new int[columns + 1];
        double[] slack = new double[columns + 1];
        boolean[] visited = new boolean[columns + 1];
        for (int r = 1; r <= rows; r++) {
            rowAt[0] = r;
            int column = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[column] = true;
                int row = rowAt[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int c = 1; c <= columns; c++) {
                    if (visited[c]) {
                        continue;
                    }
                    double reduced = cost[row - 1][c - 1] - u[row] - v[c];
                    if (reduced < slack[c]) {
                        slack[c] = reduced;
                        previousColumn[c] = column;
                    }
                    if (slack[c] < delta) {
                        delta = slack[c];
                        next = c;
                    }
                }
                for (int c = 0; c <= columns; c++) {
                    if (visited[c]) {
                        u[rowAt[c]] += delta;
                        v[c] -= delta;
                    } else {
                        slack[c] -= delta;
                    }
                }
                column = next;
            } while (rowAt[column] != 0);
            // flip the path back to the virtual column
            do {
                int before = previousColumn[column];
                rowAt[column] = rowAt[before];
                column = before;
            } while (column != 0);
        }
        int[] columnOfRow = new int[rows];
        for (int c = 1; c <= columns; c++) {
            if (rowAt[c] != 0) {
                columnOfRow[rowAt[c] - 1] = c - 1;
            }
        }
        return columnOfRow;
    }
}
