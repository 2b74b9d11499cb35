package dev.failoverstudio.ui.panels;

import dev.failoverstudio.ui.vm.InspectorField;
import dev.failoverstudio.ui.vm.InspectorViewModel;
import javafx.beans.value.ObservableValue;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inspector: a ControlsFX {@link PropertySheet} of the selected record set, group or health check. Text
 * fields commit on Enter or when focus leaves them (Escape reverts), so every accepted value is one undoable edit;
 * a refused value marks the editor {@code :invalid} and the reason shows below the sheet.
 */
public final class InspectorPanel extends BorderPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final PropertySheet sheet = new PropertySheet();
    private final Label error = new Label();

    public InspectorPanel(InspectorViewModel viewModel) {
        getStyleClass().add("inspector");
        setId("inspector");
        Label heading = new Label();
        heading.setId("inspector-heading");
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> editor((FieldItem) item));
        error.setId("inspector-error");
        error.getStyleClass().add("inspector-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        setTop(heading);
        setCenter(sheet);
        setBottom(new VBox(error));
        viewModel.fields().addListener((ListChangeListener<InspectorField>) c -> show(viewModel.fields()));
        show(viewModel.fields());
    }

    private void show(List<InspectorField> fields) {
        List<PropertySheet.Item> items = new ArrayList<>();
        for (InspectorField f : fields) {
            items.add(new FieldItem(f));
        }
        sheet.getItems().setAll(items);
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null && !message.isEmpty());
    }

    private PropertyEditor<?> editor(FieldItem item) {
        InspectorField field = item.field;
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
        control.setMaxWidth(Double.MAX_VALUE);
        return new PropertyEditor<Object>() {
            @Override
            public Node getEditor() {
                return control;
            }

            @Override
            public Object getValue() {
                return field.value();
            }

            @Override
            public void setValue(Object value) {
                // the editors show the field's value themselves
            }
        };
    }

    private void report(Control editor, InspectorField field, boolean accepted) {
        editor.pseudoClassStateChanged(INVALID, !accepted);
        showError(accepted ? null : field.name() + ": " + field.errorProperty().get());
    }

    /** Adapts an inspector field to the property sheet. */
    private static final class FieldItem implements PropertySheet.Item {
        private final InspectorField field;

        FieldItem(InspectorField field) {
            this.field = field;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return field.category();
        }

        @Override
        public String getName() {
            return field.name();
        }

        @Override
        public String getDescription() {
            return field.description();
        }

        @Override
        public Object getValue() {
            return field.value();
        }

        @Override
        public void setValue(Object value) {
            field.commit(value == null ? "" : value.toString());
        }

        @Override
        public Optional<ObservableValue<?>> getObservableValue() {
            return Optional.of(field.valueProperty());
        }

        @Override
        public boolean isEditable() {
            return field.kind() != InspectorField.Kind.READ_ONLY;
        }
    }
}
