package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianAlgorithmTest {

    private static final double EXACT = 1e-9;

    @Test
    void givenASquareMatrix_whenSolved_thenTheCheapestPermutationIsFound() {
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};

        int[] assignment = HungarianAlgorithm.solve(cost);

        assertArrayEquals(new int[] {1, 0, 2}, assignment);
        assertEquals(5, HungarianAlgorithm.total(cost, assignment), EXACT);
    }

    @Test
    void givenMoreColumnsThanRows_whenSolved_thenEveryRowGetsADifferentColumn() {
        double[][] cost = {{10, 1, 7}, {1, 10, 7}};

        assertArrayEquals(new int[] {1, 0}, HungarianAlgorithm.solve(cost));
    }

    @Test
    void givenMoreRowsThanColumns_whenSolved_thenTheCostliestRowIsLeftOut() {
        double[][] cost = {{1, 5}, {2, 1}, {0, 9}};

        assertArrayEquals(new int[] {-1, 1, 0}, HungarianAlgorithm.solve(cost));
    }

    @Test
    void givenAGreedyTrap_whenSolved_thenTheGlobalOptimumWins() {
        // taking the single cheapest pair (row 0, column 0) first would force the 100
        double[][] cost = {{1, 2}, {2, 100}};

        assertArrayEquals(new int[] {1, 0}, HungarianAlgorithm.solve(cost));
    }

    @Test
    void givenRandomMatrices_whenSolved_thenTheTotalEqualsTheBruteForceOptimum() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(20) / 4.0;
                }
            }

            int[] assignment = HungarianAlgorithm.solve(cost);

            assertValid(assignment, columns, Math.min(rows, columns));
            assertEquals(bruteForce(cost), HungarianAlgorithm.total(cost, assignment), EXACT,
                    () -> Arrays.deepToString(cost));
        }
    }

    @Test
    void givenAnEmptyMatrix_whenSolved_thenNothingIsAssigned() {
        assertArrayEquals(new int[0], HungarianAlgorithm.solve(new double[0][0]));
        assertArrayEquals(new int[] {-1, -1}, HungarianAlgorithm.solve(new double[2][0]));
    }

    @Test
    void givenARaggedOrNonFiniteMatrix_whenSolved_thenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HungarianAlgorithm.solve(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> HungarianAlgorithm.solve(new double[][] {{1, Double.NaN}}));
        assertThrows(IllegalArgumentException.class,
                () -> HungarianAlgorithm.solve(new double[][] {{Double.POSITIVE_INFINITY}}));
    }

    private static void assertValid(int[] assignment, int columns, int pairs) {
        boolean[] used = new boolean[columns];
        int assigned = 0;
        for (int column : assignment) {
            if (column >= 0) {
                assertEquals(false, used[column], "column used twice");
                used[column] = true;
                assigned++;
            }
        }
        assertEquals(pairs, assigned);
    }

    /// The smallest total over every way to pair min(rows, columns) rows with distinct columns.
    private static double bruteForce(double[][] cost) {
        return best(cost, 0, new boolean[cost[0].length], Math.min(cost.length, cost[0].length));
    }

    private static double best(double[][] cost, int row, boolean[] used, int stillToPair) {
        if (stillToPair == 0) {
            return 0;
        }
        if (cost.length - row < stillToPair) {
            return Double.POSITIVE_INFINITY;
        }
        double best = best(cost, row + 1, used, stillToPair);
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.min(best, cost[row][c] + best(cost, row + 1, used, stillToPair - 1));
                used[c] = false;
            }
        }
        return best;
    }
}
