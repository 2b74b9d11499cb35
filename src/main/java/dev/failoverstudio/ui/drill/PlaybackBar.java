package dev.failoverstudio.ui.drill;

import dev.failoverstudio.ui.drill.vm.DrillPlayback;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * Play/pause, step, scrub and speed over a drill result. A {@link Timeline} ticks every 50 ms while playing
 * and moves the playback's scrub time on by the wall-clock time that passed times the speed.
 */
final class PlaybackBar extends HBox {

    private static final double TICK_SECONDS = 0.05;

    PlaybackBar(DrillPlayback playback) {
        getStyleClass().add("drill-playback");
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(TICK_SECONDS),
                e -> playback.advance(TICK_SECONDS)));
        ticker.setCycleCount(Animation.INDEFINITE);
        playback.playingProperty().addListener((obs, old, now) -> {
            if (now) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });

        Button back = ToolButton.of("◀|", "drill-step-back",
                "Step back to the previous sample", playback::stepBack);
        Button play = new Button();
        play.setId("drill-play");
        play.setTooltip(new Tooltip("Play or pause the drill's timeline; the canvas shows each moment"));
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> playback.togglePlaying());
        Button forward = ToolButton.of("|▶", "drill-step-forward",
                "Step forward to the next sample", playback::stepForward);

        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("drill-scrub");
        scrub.maxProperty().bind(playback.endProperty());
        scrub.valueProperty().bindBidirectional(playback.timeProperty());
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);

        Label time = new Label();
        time.getStyleClass().add("drill-time");
        time.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "t=%.0f / %.0f s",
                playback.timeProperty().get(), playback.endProperty().get()),
                playback.timeProperty(), playback.endProperty()));

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("drill-speed");
        speed.getItems().setAll(DrillPlayback.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "×%.0f", value);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                playback.speedProperty().set(now);
            }
        });

        disableProperty().bind(playback.endProperty().lessThanOrEqualTo(0));
        getChildren().addAll(back, play, forward, scrub, time, new Label("speed"), speed);
    }
}
