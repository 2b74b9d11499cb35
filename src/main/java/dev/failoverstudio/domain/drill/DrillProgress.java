package dev.failoverstudio.domain.drill;

/**
 * Where a running drill reports how far it got, and how a caller stops it (a background task in the desktop
 * application binds its progress bar and cancel button to this). Called on the thread that runs the drill.
 */
public interface DrillProgress {

    DrillProgress NONE = fraction -> {
    };

    /** @param fraction of the samples done, 0..1, non-decreasing; about a hundred calls per run */
    void progressed(double fraction);

    /** Checked with every progress report; true stops the run with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
