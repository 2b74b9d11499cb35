package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.HealthState;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The skin of a health-check card: its ID, what it watches and a status badge coloured by its effective status
 * ({@code :healthy} / {@code :unhealthy}, after Disabled, Inverted and the 18 % rule).
 */
public final class HealthCheckSkin extends Region implements NodeSkin {

    private final Label id = new Label();
    private final Label summary = new Label();
    private final Label badge = new Label();
    private final VBox box;
    private CardModel model;
    private CanvasHighlights highlights = CanvasHighlights.NONE;

    public HealthCheckSkin(CardModel model) {
        getStyleClass().addAll("card", "health-check-card");
        setManaged(false);
        id.getStyleClass().add("card-title");
        summary.getStyleClass().add("card-subtitle");
        badge.getStyleClass().add("health-status");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        id.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, id, spacer, badge);
        box = new VBox(2, top, summary);
        box.getStyleClass().add("card-box");
        getChildren().add(box);
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
        id.setText(next.title());
        summary.setText(next.subtitle());
        pseudoClassStateChanged(CardSkin.INVALID, next.invalid());
        showStatus();
    }

    /** A drill's scrub time replaces the design's simulated status with the status at that moment. */
    @Override
    public void setHighlights(CanvasHighlights next) {
        highlights = next;
        showStatus();
    }

    private void showStatus() {
        Boolean atMoment = highlights.checkStatus(model.key().isHealthCheck() ? model.key().healthCheckId() : null);
        boolean healthy = atMoment != null ? atMoment : model.health() == HealthState.HEALTHY;
        badge.setText(healthy ? "healthy" : "unhealthy");
        badge.pseudoClassStateChanged(CardSkin.HEALTHY, healthy);
        badge.pseudoClassStateChanged(CardSkin.UNHEALTHY, !healthy);
        pseudoClassStateChanged(CardSkin.UNHEALTHY, !healthy);
    }

    @Override
    protected void layoutChildren() {
        box.resizeRelocate(0, 0, getWidth(), getHeight());
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
