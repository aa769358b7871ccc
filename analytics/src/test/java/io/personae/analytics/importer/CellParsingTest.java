package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/// Amounts, dates and ids as they appear in exported files.
class CellParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.5|false|1234.5", "1,234.50|false|1234.5", "$1,234.50|false|1234.5", "1.234,50 €|true|1234.5",
        "12,5|true|12.5", "1,234|false|1234", "1.234|true|1234", "-12|false|-12", "(3.00)|false|-3",
        "12 500|false|12500", "12.50 EUR|false|12.5", "1,234,567|false|1234567", "£7|false|7", "1.5E3|false|1500"})
    void givenWrittenAmount_whenParsed_thenValue(String text, boolean decimalComma, double expected) {
        assertEquals(expected, NumberText.parse(text, decimalComma), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "2024-05-01", "12/25", "", "-", "1-2"})
    void givenNotAnAmount_whenParsed_thenNaN(String text) {
        assertTrue(Double.isNaN(NumberText.parse(text, false)), text);
    }

    @ParameterizedTest
    @CsvSource({
        "2013-02-11, 2013-02-11", "2013-02-11 08:26:00, 2013-02-11", "2013-02-11T08:26, 2013-02-11", "20130211, 2013-02-11",
        "11-Feb-13, 2013-02-11", "11 February 2013, 2013-02-11", "'Feb 11, 2013', 2013-02-11", "13/02/2013, 2013-02-13",
        "2/13/2013, 2013-02-13", "11.Mär.2013, 2013-03-11", "5/5/2013, 2013-05-05"})
    void givenUnambiguousDate_whenRead_thenEpochDay(String text, LocalDate expected) {
        assertEquals(expected.toEpochDay(), DateText.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"35", "6.95", "2013-02-30", "31/31/2013", "Total", "1,234.56", "CS5295"})
    void givenNotADate_whenRead_thenInvalid(String text) {
        assertEquals(DateText.INVALID, DateText.read(text));
    }

    @ParameterizedTest
    @CsvSource({"'3/4/2013', true, 2013-04-03", "'3/4/2013', false, 2013-03-04"})
    void givenAmbiguousDate_whenResolved_thenOrderDecides(String text, boolean dayFirst, LocalDate expected) {
        long read = DateText.read(text);

        assertTrue(DateText.isAmbiguous(read));
        assertEquals(expected.toEpochDay(), DateText.resolve(read, dayFirst));
    }

    @ParameterizedTest
    @CsvSource({"' 12345.0 ', 12345", "12345.00, 12345", "12345, 12345", "CS5295, CS5295", "12.5, 12.5", "A.0, A.0"})
    void givenRawCustomerId_whenNormalised_thenExcelDecimalsDropped(String raw, String expected) {
        assertEquals(expected, CustomerIds.normalise(raw));
    }
}
