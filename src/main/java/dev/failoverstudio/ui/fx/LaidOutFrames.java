package dev.failoverstudio.ui.fx;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.function.BooleanSupplier;

/** Work tied to the frames a scene draws: after the first laid-out frame in which a condition holds. FX thread. */
public final class LaidOutFrames {

    private LaidOutFrames() {
    }

    /**
     * Runs {@code then} once, in the first pulse of {@code scene} from the next one on whose layout was done while
     * {@code ready} held, just before that frame is drawn; asks for that next pulse, so it comes even when nothing
     * else changes. Work that should follow the drawn frame wraps itself in {@link Platform#runLater}.
     */
    public static void onFirstWhere(Scene scene, BooleanSupplier ready, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(once[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
