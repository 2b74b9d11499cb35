package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The map's colours, taken from the stylesheet: a canvas cannot be styled, so hidden swatches carry the CSS
 * classes ({@code map-land}, {@code map-picked}, {@code map-border}, {@code map-sea}, {@code answer-0} …) and
 * the canvas paints with their background colours. Users restyle the map in CSS like everything else.
 */
final class MapPalette extends Pane {

    private final Region land = swatch("map-land");
    private final Region picked = swatch("map-picked");
    private final Region border = swatch("map-border");
    private final Region sea = swatch("map-sea");
    private final Region[] answers = new Region[WorldMapViewModel.PALETTE_SIZE];

    MapPalette() {
        setManaged(false);
        setVisible(false);
        getChildren().addAll(land, picked, border, sea);
        for (int i = 0; i < answers.length; i++) {
            answers[i] = swatch("answer-" + i);
            answers[i].getStyleClass().add("answer-swatch");
            getChildren().add(answers[i]);
        }
    }

    static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("map-swatch", styleClass);
        return r;
    }

    Paint land() {
        return fill(land);
    }

    Paint picked() {
        return fill(picked);
    }

    Paint border() {
        return fill(border);
    }

    Paint sea() {
        return fill(sea);
    }

    Paint answer(int index) {
        return fill(answers[Math.max(0, Math.min(answers.length - 1, index))]);
    }

    private Paint fill(Region swatch) {
        swatch.applyCss();
        Background background = swatch.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return Color.TRANSPARENT; // stylesheet not loaded: draw nothing rather than guess a colour
        }
        BackgroundFill fill = background.getFills().get(0);
        return fill.getFill();
    }
}
