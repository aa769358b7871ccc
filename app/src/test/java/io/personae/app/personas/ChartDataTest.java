package io.personae.app.personas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void givenFewerValuesThanTheLimit_whenSampled_thenAllAreKept() {
        double[] values = {3, 1, 2};

        assertSame(values, ChartData.evenly(values, 5));
    }

    @Test
    void givenTenValues_whenFiveAreSampled_thenEveryOtherIsTakenFromTheStart() {
        int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        assertArrayEquals(new int[] {0, 2, 4, 6, 8}, ChartData.evenly(values, 5));
        assertEquals(3, ChartData.evenly(new double[] {0, 1, 2, 3, 4, 5, 6}, 3).length);
    }
}
