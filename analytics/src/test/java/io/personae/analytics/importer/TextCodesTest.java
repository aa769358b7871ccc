package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCodesTest {

    @Test
    void givenTextsAsBytesAndStrings_whenNumbered_thenFirstAppearanceOrderAndOneStringEach() {
        TextCodes codes = new TextCodes();
        byte[] row = "C1,Müller,C2,C1".getBytes(StandardCharsets.UTF_8);

        int first = codes.of(row, 0, 2);
        int other = codes.of("Müller");
        int second = codes.of(row, row.length - 5, row.length - 3);
        int again = codes.of(row, row.length - 2, row.length);

        assertEquals(0, first);
        assertEquals(1, other);
        assertEquals(2, second);
        assertEquals(0, again);
        assertEquals(0, codes.of("C1"));
        assertEquals(1, codes.of("Müller"));
        assertEquals("C2", codes.text(2));
        assertSame(codes.text(0), codes.text(codes.of("C1")));
        assertEquals(3, codes.size());
    }

    @Test
    void givenManyTexts_whenNumbered_thenEachKeepsItsCodeAcrossGrowth() {
        TextCodes codes = new TextCodes();
        for (int i = 0; i < 50_000; i++) {
            assertEquals(i, codes.of("id-" + i));
        }
        for (int i = 0; i < 50_000; i += 7) {
            byte[] bytes = ("id-" + i).getBytes(StandardCharsets.US_ASCII);

            assertEquals(i, codes.of(bytes, 0, bytes.length));
        }
        assertEquals(50_000, codes.size());
    }
}
