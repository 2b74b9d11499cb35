package dev.failoverstudio.ui.vm;

import java.util.List;

/**
 * One line of the design outline: a zone, a group or a record set, with a style class for its kind and the
 * lines below it.
 */
public record OutlineNode(String text, String kind, List<OutlineNode> children) {
    public OutlineNode {
        children = List.copyOf(children);
    }
}
