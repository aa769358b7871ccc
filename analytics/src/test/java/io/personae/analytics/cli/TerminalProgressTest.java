package io.personae.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void givenAnUpdate_whenDrawnAndCleared_thenOneLineIsRedrawnInPlaceAndBlankedAfterwards() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err));

        progress.update(0.5, "Reading");
        progress.clear();

        assertEquals("\r 50% Reading\r" + " ".repeat(" 50% Reading".length()) + "\r", err.toString());
    }

    @Test
    void givenUpdatesInQuickSuccession_whenDrawn_thenOnlyTheFirstIsShown() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err));

        progress.update(-1, "first");
        progress.update(-1, "second");

        assertEquals("\rfirst", err.toString());
    }

    @Test
    void givenNobodyWatching_whenProgressIsAskedFor_thenNothingIsDrawn() {
        assertSame(ProgressMonitor.NONE, new CliContext(false).progress(new PrintWriter(new StringWriter())));
    }
}
