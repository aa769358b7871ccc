package io.personae.analytics.cli;

import io.personae.analytics.progress.ProgressMonitor;
import java.io.PrintWriter;
import java.util.Locale;

/// Progress as a single line on the terminal, redrawn in place with a carriage return.
///
/// Never cancelled: Ctrl+C ends the process, and the engine's writes are transactions that an
/// interrupted process leaves unapplied.
final class TerminalProgress implements ProgressMonitor {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long lastDrawn;
    private int width;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(double fraction, String message) {
        long now = System.nanoTime();
        // decision: at most ten redraws a second; engines may report far more often than a terminal can show
        if (width > 0 && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = fraction < 0 ? message : String.format(Locale.ROOT, "%3.0f%% %s", 100 * Math.min(1, fraction), message);
        draw(line);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /// Removes the line, so the command's result is printed on a clean line.
    void clear() {
        if (width > 0) {
            draw("");
            err.print('\r');
            err.flush();
            width = 0;
        }
    }

    private void draw(String line) {
        err.print('\r');
        err.print(line);
        for (int i = line.length(); i < width; i++) {
            err.print(' ');
        }
        err.flush();
        width = Math.max(line.length(), 1);
    }
}
