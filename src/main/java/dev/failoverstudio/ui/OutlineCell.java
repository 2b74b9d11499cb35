package dev.failoverstudio.ui;

import dev.failoverstudio.ui.vm.OutlineNode;
import javafx.scene.control.TreeCell;

/** A line of the design outline, styled by its kind (zone, group, record-set, alias). */
final class OutlineCell extends TreeCell<OutlineNode> {

    private static final String[] KINDS = {"zone", "group", "record-set", "alias"};

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().removeAll(KINDS);
        if (empty || node == null) {
            setText(null);
        } else {
            setText(node.text());
            getStyleClass().add(node.kind());
        }
    }
}
