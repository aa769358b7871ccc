package io.personae.app.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/// Waiting for the window in UI tests: conditions are read on the JavaFX thread, between two
/// of its callbacks, so a test never sees a job half handed over to the next.
final class UiWait {

    static final long SECONDS = 40;

    private UiWait() {
    }

    static void until(String what, Callable<Boolean> condition) {
        until(what, condition, () -> "");
    }

    /// @param state what the window shows, for the message when waiting times out
    static void until(String what, Callable<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what + " " + state.get(), e);
        }
    }
}
