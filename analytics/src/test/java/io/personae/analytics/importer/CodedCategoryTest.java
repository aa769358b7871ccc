package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodedCategoryTest {

    @Test
    void givenValuesWithRepeatsAndGaps_whenCoded_thenNumberedInOrderOfFirstAppearanceWithMissingApart() {
        CodedCategory coded = CodedCategory.of(new String[] {"web", null, "shop", "web", new String("shop"), null});

        assertArrayEquals(new String[] {"web", "shop"}, coded.values());
        assertArrayEquals(new int[] {0, CodedCategory.MISSING, 1, 0, 1, CodedCategory.MISSING}, coded.codes());
    }

    @Test
    void givenCodes_whenSpelledOut_thenEachOrderHasItsValueAndEqualValuesAreOneString() {
        CodedCategory coded = new CodedCategory(new String[] {"DE", "FR"}, new int[] {1, CodedCategory.MISSING, 0, 1});

        String[] values = coded.orderValues();

        assertArrayEquals(new String[] {"FR", null, "DE", "FR"}, values);
        assertSame(values[0], values[3]);
    }

    @Test
    void givenACodeWithoutAValue_whenMade_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CodedCategory(new String[] {"DE"}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CodedCategory(new String[] {"DE"}, new int[] {-2}));
    }

    @Test
    void givenTheSameValueUnderTwoCodes_whenMade_thenRefused() {
        // counted apart, the two halves of one value could lose the mode to a third value
        assertThrows(IllegalArgumentException.class,
                () -> new CodedCategory(new String[] {"DE", new String("DE")}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CodedCategory(new String[] {null}, new int[] {0}));
    }

    @Test
    void givenABadCodeAfterGoodOnes_whenMade_thenTheFirstBadRowIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new CodedCategory(new String[] {"DE", "FR"}, new int[] {0, 1, CodedCategory.MISSING, 2, 5}));

        assertEquals("Order row 4 has value code 2, but the category has 2 values", refused.getMessage());
    }
}
