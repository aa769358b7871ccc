package io.personae.analytics.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+Plus", "-1", "@nna", "\tTab", "\rReturn"})
    void givenTextAFormulaCouldStartWith_whenGuarded_thenAnApostropheIsPrepended(String value) {
        assertEquals("'" + value, SpreadsheetSafe.guard(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna", "anna@example.com", "Zoë", "O'Brien", "Jean-Luc", " =leading space", "1+1"})
    void givenOrdinaryText_whenGuarded_thenItIsUnchanged(String value) {
        assertEquals(value, SpreadsheetSafe.guard(value));
    }

    @Test
    void givenNoValue_whenGuarded_thenTheCellIsEmpty() {
        assertEquals("", SpreadsheetSafe.guard(null));
        assertEquals("", SpreadsheetSafe.guard(""));
    }
}
