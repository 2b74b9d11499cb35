package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import javafx.scene.layout.Region;

/** A canvas node's skin: one kind per node type (group card, health check), driven by its {@link CardModel}. */
public interface NodeSkin {

    CardModel model();

    /** Shows a new version of the model; cheap when only the position changed. */
    void update(CardModel model);

    void setSelected(boolean selected);

    /** While a connection is dragged over the card: true accepted, false refused, null not a drop target. */
    void setDropState(Boolean accepted);

    Region node();

    /** Shows what the live panels light: the answer's path and effective health (default: nothing to show). */
    default void setHighlights(CanvasHighlights highlights) {
    }
}
