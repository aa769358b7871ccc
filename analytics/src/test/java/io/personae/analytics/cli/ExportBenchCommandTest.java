package io.personae.analytics.cli;

import static io.personae.analytics.cli.CliRun.personae;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBenchCommandTest {

    private static final Pattern LINE = Pattern.compile("export customers=(\\d+) preset=(\\w+) rows=(\\d+) excluded=(\\d+)"
            + " export_ms=\\d+ baseline_ms=\\d+ ratio=\\d+\\.\\d\\d first_ms=\\d+ with_history_ms=\\d+");

    @TempDir
    Path folder;

    @Test
    void givenOrdersWithOneBadAddress_whenTheExportIsTimed_thenOneLineCountsCustomersRowsAndThoseLeftOut() throws Exception {
        String orders = "Order ID,Order Date,Customer ID,Email,First Name,Last Name,Order Total\n"
                + IntStream.range(0, 40).mapToObj(i -> i + ",2026-0" + (1 + i % 9) + "-1" + (i % 9) + ",C" + (i % 20) + ","
                        + (i % 20 == 7 ? "not an address" : "c" + (i % 20) + "@example.com") + ",N" + i % 20 + ",L,"
                        + (10 + i * 7 % 90) + ".00").collect(Collectors.joining("\n"));
        Path file = Files.writeString(folder.resolve("orders.csv"), orders);

        CliRun run = personae("bench", "export", file.toString(), "--preset", "klaviyo", "--repeats", "1");

        assertEquals(0, run.exitCode(), run.err());
        Matcher line = LINE.matcher(run.out().strip());
        assertTrue(line.matches(), run.out());
        assertEquals(List.of("20", "klaviyo", "19", "1"), List.of(line.group(1), line.group(2), line.group(3), line.group(4)));
    }

    @Test
    void givenNoRepeats_whenTheExportIsTimed_thenItFailsSayingSo() {
        CliRun run = personae("bench", "export", folder.resolve("missing.csv").toString(), "--repeats", "0");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--repeats must be at least 1"), run.err());
    }
}
