package dev.failoverstudio.ui.resolver;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** One numbered trace step, wrapped to the list's width so the decision and rule id stay readable. */
final class TraceStepCell extends ListCell<String> {

    TraceStepCell(ListView<String> list) {
        getStyleClass().add("trace-step");
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
