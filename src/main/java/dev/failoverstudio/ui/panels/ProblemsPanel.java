package dev.failoverstudio.ui.panels;

import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.ProblemItem;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/** The problems list: validation errors and warnings; clicking one selects and reveals its card. */
public final class ProblemsPanel extends BorderPane {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ListView<ProblemItem> list = new ListView<>();

    public ProblemsPanel(DesignerViewModel viewModel) {
        getStyleClass().add("problems-panel");
        list.setId("problems-list");
        list.setItems(viewModel.problems());
        list.setPlaceholder(new Label("No problems: Route 53 would accept this design."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                pseudoClassStateChanged(ERROR, !empty && item != null && item.isError());
                pseudoClassStateChanged(WARNING, !empty && item != null && !item.isError());
            }
        });
        list.setOnMouseClicked(e -> {
            ProblemItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == MouseButton.PRIMARY) {
                viewModel.showProblem(item);
            }
        });
        list.setOnKeyPressed(e -> {
            ProblemItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.showProblem(item);
            }
        });
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(viewModel.problemSummaryProperty().map(s -> "Problems — " + s));
        setTop(heading);
        setCenter(list);
    }
}
