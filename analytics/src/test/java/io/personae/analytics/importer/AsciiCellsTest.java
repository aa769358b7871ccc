package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The byte readers must give exactly what the `String` readers give, or step aside.
class AsciiCellsTest {

    private static final String PAD = "x,";

    @ParameterizedTest
    @ValueSource(strings = {"34.43", "0", "007", "1.", ".5", "1.2.3", "12345678901234567", "123456789012345",
        "1234567890123456", "1234567890.12345", "0.000000000000001", "99999999999999.9", "-12", "12,5", " 12", "", "2026-10-16"})
    void givenCell_whenReadAsPlainNumber_thenSameAsNumberTextOrNotPlain(String text) {
        double fast = AsciiCells.plainNumber(bytes(text), PAD.length(), PAD.length() + text.length());

        if (!Double.isNaN(fast)) {
            assertEquals(0, Double.compare(NumberText.parse(text, false), fast), text);
        }
    }

    @Test
    void givenRandomPlainNumbers_whenRead_thenBitForBitParseDouble() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(15);
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (digits > 1 && random.nextBoolean()) {
                text.insert(1 + random.nextInt(digits - 1), '.');
            }
            String value = text.toString();

            assertEquals(Double.parseDouble(value), AsciiCells.plainNumber(bytes(value), PAD.length(), PAD.length() + value.length()), value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-16", "2013-02-30", "2020-02-29", "1900-02-29", "2000-02-29", "2013-13-01", "0000-01-01",
        "2013-00-10", "2013-1-10", "2013/01/10", " 2013-01-10", "2013-01-10 08:00", "20130110", "abcd-ef-gh"})
    void givenCell_whenReadAsIsoDate_thenSameAsDateTextOrNotIso(String text) {
        long fast = AsciiCells.isoDay(bytes(text), PAD.length(), PAD.length() + text.length());

        if (fast != AsciiCells.NOT_ISO) {
            assertEquals(DateText.read(text), fast, text);
        }
    }

    @Test
    void givenEveryDayOfFourCenturies_whenEpochDay_thenAsLocalDate() {
        for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
            assertEquals(day.toEpochDay(), AsciiCells.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), day.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "NA", "na", " N/A ", "n/a", "NULL", "null", "nan", "NaN", "-", "?", "#N/A", "#n/a", "N", "NAN1",
        "nulls", "--", "0", "\t-\t", "\u001F", "Na "})
    void givenCell_whenCheckedForMissing_thenSameAsNumberText(String text) {
        assertEquals(NumberText.isMissing(text), AsciiCells.isMissing(bytes(text), PAD.length(), PAD.length() + text.length()), "'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", " a@b.co ", "a@@b.co", "@b.co", "a@b.", "a@.co", "a b@c.de", "a.b@c", "a.b@cd.e", "ab", "a@b\tc.de",
        "first.last@example.com", "x@y.z.", "x.y@z"})
    void givenCell_whenCheckedAsEmail_thenSameAsStringCheck(String text) {
        assertEquals(AsciiCells.isEmail(text), AsciiCells.isEmail(bytes(text), PAD.length(), PAD.length() + text.length()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 12345.0 ", "12345.00", "12345", "CS5295", "12.5", "A.0", ".0", "1.", "1.0x", "  ", "C0000001"})
    void givenRawId_whenNormalisedAsBytes_thenSameAsCustomerIds(String raw) {
        byte[] bytes = bytes(raw);
        int start = AsciiCells.stripStart(bytes, PAD.length(), PAD.length() + raw.length());
        int end = AsciiCells.stripEnd(bytes, start, PAD.length() + raw.length());

        int idEnd = CustomerIds.normalisedEnd(bytes, start, end);

        assertEquals(CustomerIds.normalise(raw), new String(bytes, start, idEnd - start, StandardCharsets.US_ASCII));
    }

    @Test
    void givenTextsDifferingInOneByte_whenHashed_thenHashesDiffer() {
        String base = "order 1000001 of customer C0000001";
        byte[] a = bytes(base);
        for (int i = 0; i < base.length(); i++) {
            byte[] b = a.clone();
            b[PAD.length() + i] ^= 1;

            assertNotEquals(AsciiCells.hash64(a, PAD.length(), a.length), AsciiCells.hash64(b, PAD.length(), b.length), "byte " + i);
        }
        assertNotEquals(AsciiCells.hash64(bytes("ab"), PAD.length(), PAD.length() + 1), AsciiCells.hash64(bytes("ab"), PAD.length(), PAD.length() + 2));
    }

    /// The text after a few other bytes, so that offsets are tested too.
    private static byte[] bytes(String text) {
        return (PAD + text + ",y").getBytes(StandardCharsets.ISO_8859_1);
    }
}
