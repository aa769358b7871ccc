package io.personae.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PersonasCommandTest {

    private static final Path ORDERS = Path.of(System.getProperty("personae.samples"), "online-shop-orders.csv");

    @TempDir
    Path folder;

    private static String[] personae(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PersonaeCli(new CliContext(false)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new String[] {String.valueOf(cli.execute(args)), out.toString(), err.toString()};
    }

    @Test
    void givenASegmentedShop_whenPersonasAreListedWithARename_thenEachSegmentShowsLightsActionAndDescription() {
        String workspace = folder.resolve("shop").toString();
        personae("import", ORDERS.toString(), "--workspace", workspace);
        personae("segment", "--workspace", workspace, "--k", "5");

        String[] run = personae("personas", "--workspace", workspace, "--rename", "2=Loyal regulars");
        String[] again = personae("personas", "--workspace", workspace);

        assertEquals("0", run[0], run[2]);
        assertTrue(run[1].contains("\n2 Loyal regulars: "), run[1]);
        assertTrue(run[1].contains("Substantial GREEN, Contactable GREEN"), run[1]);
        assertTrue(run[1].contains("  Action: "), run[1]);
        assertTrue(run[1].contains("of customers and bring"), run[1]);
        assertTrue(again[1].contains("\n2 Loyal regulars: "), "the rename is stored: " + again[1]);
    }

    @Test
    void givenARenameWithoutANumber_whenRun_thenItFailsWithTheExpectedForm() {
        String workspace = folder.resolve("shop").toString();
        personae("import", ORDERS.toString(), "--workspace", workspace);
        personae("segment", "--workspace", workspace, "--k", "3");

        String[] run = personae("personas", "--workspace", workspace, "--rename", "Loyal");

        assertEquals("2", run[0]);
        assertTrue(run[2].contains("--rename 3=\"Loyal regulars\""), run[2]);
    }
}
