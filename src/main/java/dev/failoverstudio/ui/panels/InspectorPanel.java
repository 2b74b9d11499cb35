package dev.failoverstudio.ui.panels;

import dev.failoverstudio.ui.vm.InspectorField;
import dev.failoverstudio.ui.vm.InspectorViewModel;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The inspector: a property sheet of the selected record set, group or health check, by category. Text
 * fields commit on Enter or when focus leaves them (Escape reverts), so every accepted value is one undoable edit;
 * a refused value marks the editor {@code :invalid} and the reason shows below the sheet.
 */
public final class InspectorPanel extends BorderPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** One width for the name column of every category, so editors line up. */
    private static final double NAME_WIDTH = 132;

    private final VBox form = new VBox();
    private final ScrollPane scroller = new ScrollPane(form);
    private final Label error = new Label();

    public InspectorPanel(InspectorViewModel viewModel) {
        getStyleClass().add("inspector");
        setId("inspector");
        Label heading = new Label();
        heading.setId("inspector-heading");
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);
        form.getStyleClass().add("property-form");
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().add("property-scroller");
        error.setId("inspector-error");
        error.getStyleClass().add("inspector-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        setTop(heading);
        setCenter(scroller);
        setBottom(new VBox(error));
        viewModel.fields().addListener((ListChangeListener<InspectorField>) c -> show(viewModel.fields()));
        show(viewModel.fields());
    }

    /** One section per category (General, Routing, Answer, Health check), one labelled editor per field. */
    private void show(List<InspectorField> fields) {
        String focused = focusedEditorId();
        form.getChildren().clear();
        showError(null);
        GridPane grid = null;
        String category = null;
        int row = 0;
        for (InspectorField f : fields) {
            if (!f.category().equals(category)) {
                category = f.category();
                Label section = new Label(category);
                section.getStyleClass().add("property-category");
                grid = new GridPane();
                grid.getStyleClass().add("property-grid");
                ColumnConstraints names = new ColumnConstraints();
                names.setMinWidth(NAME_WIDTH);
                names.setPrefWidth(NAME_WIDTH);
                ColumnConstraints editors = new ColumnConstraints();
                editors.setHgrow(Priority.ALWAYS);
                editors.setFillWidth(true);
                grid.getColumnConstraints().setAll(names, editors);
                form.getChildren().addAll(section, grid);
                row = 0;
            }
            Label name = new Label(f.name());
            name.getStyleClass().add("property-name");
            name.setTooltip(new Tooltip(f.description()));
            Control editor = editor(f);
            name.setLabelFor(editor);
            grid.addRow(row++, name, editor);
            if (editor.getId().equals(focused)) {
                keepTheFocus(editor);
            }
        }
    }

    /** The id of the editor that has the keyboard focus, or null when the focus is elsewhere. */
    private String focusedEditorId() {
        if (getScene() == null) {
            return null;
        }
        for (Node n = getScene().getFocusOwner(); n != null && n != form; n = n.getParent()) {
            if (n instanceof Control && n.getId() != null && n.getId().startsWith("inspector-")) {
                return n.getId();
            }
        }
        return null;
    }

    /**
     * The fields are rebuilt after every edit (Enter, leaving a field, undo): the field the user was in keeps the
     * focus in its new editor, so a keyboard user carries on where they were instead of landing in the palette.
     */
    private static void keepTheFocus(Control editor) {
        editor.requestFocus();
        if (editor instanceof TextField text) {
            text.end();
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null && !message.isEmpty());
    }

    private Control editor(InspectorField field) {
        Control control;
        switch (field.kind()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(field.choices());
                box.setValue(field.value());
                box.setOnAction(e -> {
                    if (box.getValue() != null) {
                        report(box, field, field.commit(box.getValue()));
                    }
                });
                control = box;
            }
            case FLAG -> {
                CheckBox check = new CheckBox();
                check.setSelected(Boolean.parseBoolean(field.value()));
                check.setOnAction(e -> report(check, field, field.commit(Boolean.toString(check.isSelected()))));
                control = check;
            }
            default -> {
                TextField text = new TextField(field.value());
                if (field.kind() == InspectorField.Kind.READ_ONLY) {
                    text.setEditable(false);
                    text.getStyleClass().add("read-only");
                } else {
                    text.setOnAction(e -> report(text, field, field.commit(text.getText())));
                    text.focusedProperty().addListener((o, was, now) -> {
                        if (!now && !text.getText().equals(field.value())) {
                            report(text, field, field.commit(text.getText()));
                        }
                    });
                    text.setOnKeyPressed(e -> {
                        if (e.getCode() == KeyCode.ESCAPE) {
                            text.setText(field.value());
                            report(text, field, true);
                        }
                    });
                }
                control = text;
            }
        }
        control.setId("inspector-" + field.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        control.setTooltip(new Tooltip(field.description()));
        // A scroll pane takes the focus when it is clicked, even through an editor (and then Delete or Backspace
        // would go to the canvas instead of the text): give it back once the click is handled.
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> Platform.runLater(() -> {
            if (!control.isFocused()) {
                control.requestFocus();
            }
        }));
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    private void report(Control editor, InspectorField field, boolean accepted) {
        editor.pseudoClassStateChanged(INVALID, !accepted);
        showError(accepted ? null : field.name() + ": " + field.errorProperty().get());
    }

}
