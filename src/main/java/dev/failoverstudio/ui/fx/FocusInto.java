package dev.failoverstudio.ui.fx;

import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.Optional;

/** Moves the keyboard focus into a panel: to its first control that takes focus, in traversal (child) order. */
public final class FocusInto {

    private FocusInto() {
    }

    /** Focuses the first focusable node in {@code root} (itself included); false when there is none. */
    public static boolean first(Node root) {
        Optional<Node> target = firstFocusable(root);
        target.ifPresent(Node::requestFocus);
        return target.isPresent();
    }

    public static Optional<Node> firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code node} is {@code root} or inside it. */
    public static boolean within(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
