package dev.failoverstudio.ui;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;

/**
 * Panels the window's first frame goes without, so the user's design is on screen sooner: each waits outside the
 * scene while an empty slot holds its place, and all are put in their slots together just after the first frame
 * (the window calls {@link #attach()}). The split panes' dividers, not the panels, size the slots, so nothing
 * moves when the panels arrive. Styling, laying out and skinning the palette, the inspector and the tab panes is
 * the larger part of the designer's first frame; the canvas with the design's cards is drawn without waiting for
 * it. FX thread.
 */
final class DeferredPanels {

    private final List<StackPane> slots = new ArrayList<>();
    private final List<Node> panels = new ArrayList<>();
    private boolean attached;

    /** An empty slot that will hold {@code panel}; put the slot where the panel belongs. */
    StackPane slotFor(Node panel) {
        StackPane slot = new StackPane();
        slot.getStyleClass().add("panel-slot");
        slots.add(slot);
        panels.add(panel);
        return slot;
    }

    /** Puts every panel in its slot; later calls do nothing. */
    void attach() {
        if (attached) {
            return;
        }
        attached = true;
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).getChildren().setAll(panels.get(i));
        }
    }

    /** Whether {@link #attach()} has run. */
    boolean attached() {
        return attached;
    }
}
