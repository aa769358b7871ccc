package io.personae.analytics.progress;

/// How long-running engine work reports progress and learns that it should stop.
///
/// Plain Java so the engine stays free of JavaFX; the app adapts it to a `Task`, the command
/// line to a line on stderr. Work calls [#checkCancelled()] at safe points, where stopping
/// leaves nothing half done.
public interface ProgressMonitor {

    /// A monitor that reports nowhere and is never cancelled.
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void update(double fraction, String message) {
            // nobody listens
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /// @param fraction done so far, 0 to 1, or a negative number when unknown
    /// @param message  what is happening, in words a user understands
    void update(double fraction, String message);

    boolean isCancelled();

    /// @throws CancelledException when the user asked to stop
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /// A view of this monitor for one stage of a larger job: fractions 0..1 reported by the stage
    /// map to `from..to` of the whole.
    default ProgressMonitor stage(double from, double to) {
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                parent.update(fraction < 0 ? -1 : from + (to - from) * Math.min(1, fraction), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
