package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.CardKind;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.HealthState;
import javafx.scene.layout.Region;

/**
 * The skin of any card when zoomed far out: a plain box with the same style classes and pseudo-classes
 * ({@code :selected}, {@code :invalid}, {@code :unhealthy}) and no text, so an overview of thousands of cards stays
 * cheap to draw.
 */
public final class CompactCardSkin extends Region implements NodeSkin {

    private CardModel model;

    public CompactCardSkin(CardModel model) {
        getStyleClass().addAll("card", "compact-card", model.kind() == CardKind.GROUP ? "group-card"
                : "health-check-card");
        setManaged(false);
        update(model);
    }

    @Override
    public CardModel model() {
        return model;
    }

    @Override
    public void update(CardModel next) {
        model = next;
        resizeRelocate(next.x(), next.y(), next.width(), next.height());
        pseudoClassStateChanged(CardSkin.INVALID, next.invalid());
        pseudoClassStateChanged(CardSkin.UNHEALTHY, next.health() == HealthState.UNHEALTHY);
    }

    @Override
    public void setHighlights(CanvasHighlights highlights) {
        boolean onPath = model.rows().stream().anyMatch(r -> highlights.onPath(r.member()));
        pseudoClassStateChanged(CardSkin.ON_PATH, onPath);
        pseudoClassStateChanged(CardSkin.EFFECTIVELY_UNHEALTHY,
                model.group() != null && highlights.unhealthy(model.group()));
    }

    @Override
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(CardSkin.SELECTED, selected);
    }

    @Override
    public void setDropState(Boolean accepted) {
        pseudoClassStateChanged(CardSkin.DROP_OK, Boolean.TRUE.equals(accepted));
        pseudoClassStateChanged(CardSkin.DROP_REFUSED, Boolean.FALSE.equals(accepted));
    }

    @Override
    public Region node() {
        return this;
    }
}
