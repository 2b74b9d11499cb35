package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.HealthTimeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Play, pause, step and scrub through a drill result. The view's animation timer calls {@link #advance} with
 * the wall-clock time that passed; {@link #speedProperty()} says how many drill seconds pass per wall-clock
 * second. Every change of {@link #timeProperty()} republishes {@link #momentProperty()}, the state at that
 * time. FX thread only.
 */
public final class DrillPlayback {

    public static final List<Double> SPEEDS = List.of(1.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0);

    private final DoubleProperty time = new SimpleDoubleProperty(0);
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(30);
    private final ReadOnlyObjectWrapper<DrillMoment> moment = new ReadOnlyObjectWrapper<>();

    private DrillResult result;
    private List<String> checkIds = List.of();

    DrillPlayback() {
        time.addListener((obs, old, now) -> {
            double clamped = Math.max(0, Math.min(end.get(), now.doubleValue()));
            if (clamped != now.doubleValue()) {
                time.set(clamped);
                return;
            }
            publish();
        });
    }

    /** Shows a new result from its start; null clears. */
    void show(DrillResult result, List<String> checkIds) {
        this.result = result;
        this.checkIds = List.copyOf(checkIds);
        playing.set(false);
        end.set(result == null ? 0 : result.times()[result.times().length - 1]);
        if (time.get() == 0) {
            publish();
        } else {
            time.set(0);
        }
    }

    public DoubleProperty timeProperty() {
        return time;
    }

    public ReadOnlyDoubleProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The state at the scrub time; null while there is no result. */
    public ReadOnlyObjectProperty<DrillMoment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public void play() {
        if (result == null) {
            return;
        }
        if (time.get() >= end.get()) {
            time.set(0);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves on by {@code wallSeconds × speed} drill seconds while playing; stops at the end. */
    public void advance(double wallSeconds) {
        if (!playing.get() || result == null) {
            return;
        }
        double next = time.get() + wallSeconds * speed.get();
        if (next >= end.get()) {
            next = end.get();
            playing.set(false);
        }
        time.set(next);
    }

    /** Jumps to the next sample (one step of the drill). */
    public void stepForward() {
        if (result == null) {
            return;
        }
        int i = result.sampleAt(time.get());
        double[] times = result.times();
        time.set(times[Math.min(times.length - 1, i + 1)]);
    }

    /** Jumps to the previous sample, or to the sample at the scrub time when it lies between two. */
    public void stepBack() {
        if (result == null) {
            return;
        }
        int i = result.sampleAt(time.get());
        double[] times = result.times();
        time.set(times[i] < time.get() ? times[i] : times[Math.max(0, i - 1)]);
    }

    private void publish() {
        if (result == null) {
            moment.set(null);
            return;
        }
        double t = time.get();
        int sample = result.sampleAt(t);
        HealthTimeline health = result.health();
        var status = health.statuses().get(health.statusIndexAt(t));
        Map<String, Boolean> checks = new LinkedHashMap<>();
        for (String id : checkIds) {
            checks.put(id, status.isHealthy(id));
        }
        Map<String, Double> answers = new LinkedHashMap<>();
        for (int a = 0; a < result.answers().size(); a++) {
            answers.put(result.answers().get(a).label(), result.shareByAnswer()[a][sample]);
        }
        Map<String, Double> endpoints = new LinkedHashMap<>();
        for (int e = 0; e < result.endpoints().size(); e++) {
            endpoints.put(result.endpoints().get(e), result.shareByEndpoint()[e][sample]);
        }
        moment.set(new DrillMoment(t, sample, result.times()[sample], status, checks,
                health.down().get(health.downIndexAt(t)), answers, endpoints, result.unhealthyShare()[sample],
                result.designAt(t)));
    }
}
