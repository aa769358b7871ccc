package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The profiler's shortcuts (a cell repeating the one above is not read again, cells are compared
/// as bytes) give the figures of the plain way: the same rows in an order where no cell repeats
/// the one above, read as `String`s.
class QualityProfilerTest {

    private static final FileFormat UTF_8 = FileFormat.AUTO.withEncoding(FileFormat.Encoding.UTF_8);

    /// one customer's rows, each differing from the other groups' in every column; ambiguous
    /// dates with one that settles them day-first, numbers with an outlier, emails that are
    /// not ASCII, valid or not, and missing markers
    private static final String[][] GROUPS = {
        {"C1", "emma.müller1@example.com", "Müller", "03/04/2024", "5", "United Kingdom"},
        {"C2", "jörg@@example.com", "Schmidt", "13/04/2024", "7", "Germany"},
        {"C3", "NA", "Zoë", "04/03/2024", "100", "NA"},
        {"C4", "ben@example.com", " ", "n/a", "5.5", "France"},
    };
    private static final int[] ROWS_PER_GROUP = {3, 4, 2, 4};
    private static final String HEADER = "customer_id,email,last_name,order_date,amount,country\n";

    @TempDir
    Path folder;

    @Test
    void givenCustomersRowsTogether_whenProfiled_thenSameFiguresAsWithNoCellRepeatingTheOneAbove()
            throws IOException, ImportException {
        Path grouped = write("grouped.csv", HEADER + rows(true));
        Path interleaved = write("interleaved.csv", HEADER + rows(false));

        QualityReport fast = profile(grouped, false);
        QualityReport plain = profile(interleaved, true);

        assertEquals(plain.columns(), fast.columns());
        assertEquals(plain.duplicateRows(), fast.duplicateRows());
        assertEquals(13 - 4, fast.duplicateRows(), "every row but a group's first repeats it");
    }

    @Test
    void givenCustomersRowsTogether_whenProfiled_thenFiguresKnownByHand() throws IOException, ImportException {
        QualityReport report = profile(write("grouped.csv", HEADER + rows(true)), false);

        ColumnQuality email = report.columns().get(1);
        assertEquals(2.0 / 13, email.missingShare(), 1e-12, "NA twice");
        assertEquals(3, email.distinct());
        assertEquals(4, email.invalidEmails(), "jörg@@example.com four times");
        ColumnQuality name = report.columns().get(2);
        assertEquals(4.0 / 13, name.missingShare(), 1e-12, "a lone space is blank");
        assertEquals(3, name.distinct());
        ColumnQuality date = report.columns().get(3);
        assertEquals("date", date.type());
        assertEquals("2024-03-04", date.min(), "read day-first, as 13/04/2024 says");
        assertEquals("2024-04-13", date.max());
        ColumnQuality amount = report.columns().get(4);
        assertEquals("number", amount.type());
        assertEquals(4, amount.distinct());
        assertEquals("5", amount.min());
        assertEquals("100", amount.max());
        assertEquals(2, amount.outliers(), "100, counted once per row");
    }

    @Test
    void givenSameTextInUtf8AndWindows1252Bytes_whenProfiled_thenOneValueAndTheRowsDuplicates()
            throws IOException, ImportException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name\n1,".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("Müller\n1,".getBytes(StandardCharsets.UTF_8));
        // the same name typed in an old tool: one windows-1252 byte for the ü, not valid UTF-8
        bytes.writeBytes("Müller\n1,".getBytes(Utf8.WINDOWS_1252));
        bytes.writeBytes("Müller\n2,Müller\n".getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve("mixed.csv");
        Files.write(file, bytes.toByteArray());

        QualityReport fast = profile(file, false);
        QualityReport plain = profile(file, true);

        assertEquals(1, fast.columns().get(1).distinct(), "Müller whichever bytes spell it");
        assertEquals(2, fast.duplicateRows(), "rows 2 and 3 repeat row 1's text");
        assertEquals(plain.columns(), fast.columns());
        assertEquals(plain.duplicateRows(), fast.duplicateRows());
    }

    @Test
    void givenLongFileWithUniqueAndRepeatingColumns_whenProfiled_thenSameFiguresAsReadAsText()
            throws IOException, ImportException {
        StringBuilder csv = new StringBuilder("order_id,customer_id,country,amount,channel\n");
        String[] countries = {"Germany", "France", "Österreich"};
        for (int i = 0; i < 6_000; i++) {
            int customer = i / 7;
            // long runs of unique cells, then a stretch where the order number repeats
            int order = i < 4_000 ? 100_000 + i : 104_000 + i / 3;
            csv.append(order).append(",C").append(customer).append(',').append(countries[customer % 3]).append(',')
                    .append(i % 97 == 0 ? "-" : String.valueOf(10 + (i * 31) % 500 / 4.0)).append(',')
                    .append(i % 5 == 0 ? "web" : "store").append('\n');
        }
        Path file = write("long.csv", csv.toString());

        QualityReport fast = profile(file, false);
        QualityReport plain = profile(file, true);

        assertEquals(plain.columns(), fast.columns());
        assertEquals(plain.duplicateRows(), fast.duplicateRows());
        assertEquals(4_000 + 2_000 / 3 + 1, fast.columns().get(0).distinct());
        assertEquals(3, fast.columns().get(2).distinct());
        assertEquals("number", fast.columns().get(3).type());
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /// The rows of [#GROUPS], a group's rows together, or taking one row of each group in turn
    /// (which never puts two rows of a group one after the other).
    private static String rows(boolean grouped) {
        List<String> out = new ArrayList<>();
        int[] left = ROWS_PER_GROUP.clone();
        if (grouped) {
            for (int g = 0; g < GROUPS.length; g++) {
                for (int r = 0; r < ROWS_PER_GROUP[g]; r++) {
                    out.add(String.join(",", GROUPS[g]));
                }
            }
        } else {
            boolean any = true;
            while (any) {
                any = false;
                for (int g = 0; g < GROUPS.length; g++) {
                    if (left[g]-- > 0) {
                        out.add(String.join(",", GROUPS[g]));
                        any = true;
                    }
                }
            }
        }
        assertEquals(13, out.size(), "the groups hold 13 rows");
        return String.join("\n", out) + "\n";
    }

    /// The report of profiling every row of `file`, its cells read as bytes or, with
    /// `asText`, as `String`s only, as from a reader without bytes (Excel).
    private static QualityReport profile(Path file, boolean asText) throws ImportException {
        try (TableReader csv = TableReaders.open(file, UTF_8)) {
            TableReader reader = asText ? textOnly(csv) : csv;
            QualityProfiler quality = new QualityProfiler(reader.headers(), reader.decimalComma(), FileFormat.DateOrder.AUTO);
            while (reader.next()) {
                quality.row(reader);
            }
            return quality.report(0, List.of(), List.of());
        }
    }

    private static TableReader textOnly(TableReader reader) {
        return new ForwardingTableReader(reader) {
            @Override
            public TableReader source() {
                return this;
            }
        };
    }
}
