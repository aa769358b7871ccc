package io.personae.analytics.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {

    @Test
    void givenPlainFields_whenQuoted_thenTheyAreLeftBare() {
        assertEquals("Anna", CsvRowWriter.quote("Anna"));
        assertEquals("O'Brien", CsvRowWriter.quote("O'Brien"));
        assertEquals("", CsvRowWriter.quote(""));
    }

    @Test
    void givenCommaQuoteOrLineBreak_whenQuoted_thenTheFieldIsQuotedAndInnerQuotesDoubled() {
        assertEquals("\"Smith, Jr.\"", CsvRowWriter.quote("Smith, Jr."));
        assertEquals("\"The \"\"Boss\"\"\"", CsvRowWriter.quote("The \"Boss\""));
        assertEquals("\"two\nlines\"", CsvRowWriter.quote("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvRowWriter.quote("cr\rhere"));
    }

    @Test
    void givenARow_whenWritten_thenCellsAreGuardedQuotedAndTheLineEndsWithCrLf() throws IOException {
        StringWriter out = new StringWriter();

        new CsvRowWriter(out).writeRow(Arrays.asList(null, "=1,2", "Zoë"));

        assertEquals(",\"'=1,2\",Zoë\r\n", out.toString());
    }
}
