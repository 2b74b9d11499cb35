package dev.failoverstudio.ui.drill;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column label/field grid for the drill forms. */
final class FormGrid extends GridPane {

    private int row;
    private final java.util.Map<Node, Label> labels = new java.util.HashMap<>();

    FormGrid() {
        getStyleClass().add("drill-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
    }

    TextField text(String label, String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        add(label, field);
        return field;
    }

    <N extends Node> N add(String label, N node) {
        Label text = new Label(label);
        text.getStyleClass().add("drill-form-label");
        labels.put(node, text);
        add(text, 0, row);
        add(node, 1, row);
        row++;
        return node;
    }

    /** Shows the row of {@code node} only while {@code condition} holds. */
    void showWhen(Node node, ObservableBooleanValue condition) {
        for (Node n : new Node[] {node, labels.get(node)}) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }
}
